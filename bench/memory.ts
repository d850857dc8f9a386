/**
 * Where a synthesis keeps its memory: the live heap after a full garbage collection at
 * each step of one EdgeApp synthesis of the benchmark's fleet, against raw cdk8s holding
 * the very same objects. Not a test; run with
 *
 *   node --expose-gc --require ts-node/register/transpile-only bench/memory.ts 50000
 *
 * (`npx projen bench:memory -- 50000`). Prints one table; docs/benchmark.md explains it.
 */
import { ApiObject, App, Chart } from 'cdk8s';
import { buildFleet, quietly } from './fleet';
import { EdgeApp } from '../src';
import { chartObjects, resolveDependencies, synthesisOrder, validateAll } from '../src/app/synthesis-order';
import { toYamlDocuments } from '../src/render/yaml-writer';

const gc: () => void = (global as any).gc ?? (() => {
  throw new Error('run node with --expose-gc');
});

/** The live heap (MB) after a full collection. */
function live(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

type Rows = Array<[string, number]>;

/** The library's steps; returns the rendered objects as JSON text, for the raw side. */
function library(sites: number, rows: Rows): string {
  // The steps of EdgeApp.synthYaml(), each reference kept, so that each row is what that
  // step holds on top of the ones before.
  const app = new EdgeApp({ outdir: '/tmp/cdk8s-superedge-memory' });
  buildFleet(app, { sites, nodesPerSite: 3, groups: 10, grids: 50 });
  const all = app.node.findAll();
  rows.push([`library: the constructs (${all.length})`, live()]);
  quietly(() => validateAll(all));
  rows.push(['library: + validation (the model and its findings, kept for the rendering)', live()]);
  resolveDependencies(all);
  const order = synthesisOrder(app);
  const objects = order.charts.flatMap(c => chartObjects(c, order));
  rows.push([`library: + every object rendered (${objects.length})`, live()]);
  const yaml = toYamlDocuments(objects);
  rows.push([`library: + the YAML (${(yaml.length / 1024 / 1024).toFixed(1)} MB of text)`, live()]);
  return JSON.stringify(objects);
}

/** Raw cdk8s with the very same objects, once the library's are gone. */
function raw(json: string, rows: Rows): void {
  const docs: any[] = JSON.parse(json);
  rows.push(['raw: the objects as plain JSON (its input)', live()]);
  const app = new App({ outdir: '/tmp/cdk8s-superedge-memory-raw' });
  const chart = new Chart(app, 'raw', { disableResourceNameHashes: true });
  docs.forEach((o, i) => new ApiObject(chart, `o${i}`, o));
  rows.push([`raw: + the ApiObjects (${docs.length})`, live()]);
  const yaml = app.synthYaml();
  rows.push([`raw: + synthYaml() (${(yaml.length / 1024 / 1024).toFixed(1)} MB of text)`, live()]);
}

async function main(sites: number): Promise<void> {
  const rows: Rows = [['start', live()]];
  const json = library(sites, rows);
  // A new task: the library's cache (src/internal/cache.ts) is dropped at the end of this one.
  await new Promise(resolve => setImmediate(resolve));
  rows.push(['between: the library gone, its objects as JSON text', live()]);
  raw(json, rows);
  console.log(`Live heap after a full GC at each step, MB (${sites} sites):`);
  console.log('| step | MB |');
  console.log('| --- | ---: |');
  for (const [step, mb] of rows) console.log(`| ${step} | ${mb.toFixed(0)} |`);
}

void main(Number(process.argv[2] ?? 50000));
