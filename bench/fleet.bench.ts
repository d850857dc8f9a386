/**
 * Benchmark: synthesizes edge fleets of thousands of sites and compares the time
 * with serializing the very same objects with the `yaml` package, in the same run.
 *
 *   npx projen bench                 # default sizes
 *   npx projen bench -- 1000 8000    # chosen site counts
 *
 * Each size runs in a child process so that its peak memory (max RSS) is its own.
 * Not a test: CI never runs it.
 */
import { spawnSync } from 'child_process';
import { App, Yaml } from 'cdk8s';
import * as YAML from 'yaml';
import { buildFleet, FleetShape } from './fleet';

const DEFAULT_SITES = [1000, 3000, 6000, 10000];

interface Result {
  readonly sites: number;
  readonly objects: number;
  readonly buildMs: number;
  readonly synthMs: number;
  readonly baselineMs: number;
  readonly bytes: number;
  readonly maxRssMb: number;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function gc(): void {
  (global as any).gc?.();
}

/** One measurement, in this process. */
function measure(shape: FleetShape): Result {
  // Warm up the JIT on a small fleet, so that neither side pays for it.
  const warm = new App({ outdir: '/tmp/cdk8s-superedge-bench' });
  buildFleet(warm, { ...shape, sites: 100 });
  const warmText = warm.synthYaml();
  YAML.stringify(YAML.parse(warmText.split('---\n')[0]));
  gc();
  const t0 = now();
  const app = new App({ outdir: '/tmp/cdk8s-superedge-bench' });
  buildFleet(app, shape);
  const t1 = now();
  const text = app.synthYaml(); // validation + toJson + YAML, as app.synth() minus file writes
  const t2 = now();

  // Baseline: the same plain objects, serialized with the yaml package as cdk8s does.
  const objects = app.charts.flatMap(c => c.toJson());
  gc();
  // The better of two runs, so that a garbage collection does not flatter the ratio.
  let baseline = '';
  let baselineMs = Infinity;
  for (let i = 0; i < 2; i++) {
    gc();
    const t3 = now();
    baseline = objects.map(o => YAML.stringify(o, { keepUndefined: true, lineWidth: 0 })).join('---\n');
    baselineMs = Math.min(baselineMs, now() - t3);
  }
  if (baseline.length !== text.length) {
    throw new Error(`baseline and synth differ in size: ${baseline.length} vs ${text.length}`);
  }
  void Yaml;
  return {
    sites: shape.sites,
    objects: objects.length,
    buildMs: t1 - t0,
    synthMs: t2 - t1,
    baselineMs,
    bytes: text.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

function child(args: string[]): void {
  const shape: FleetShape = JSON.parse(args[0]);
  process.stdout.write(JSON.stringify(measure(shape)) + '\n');
}

function main(argv: string[]): void {
  const sizes = argv.map(Number).filter(n => n > 0);
  const gridsArg = process.env.BENCH_GRIDS;
  const grids = gridsArg === undefined ? 24 : Number(gridsArg);
  const rows: Result[] = [];
  for (const sites of sizes.length > 0 ? sizes : DEFAULT_SITES) {
    const shape: FleetShape = { sites, nodesPerSite: 2, grids };
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', JSON.stringify(shape)], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) {
      console.error(r.stderr);
      throw new Error(`benchmark child for ${sites} sites failed`);
    }
    rows.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  console.log(`fleet benchmark (node ${process.version}; ${grids} grids per fleet; times in ms)`);
  console.log('sites   objects  build   synth   yaml-only  ratio(build+synth)/yaml  ratio synth/yaml  MB out  peak RSS MB');
  for (const r of rows) {
    console.log([
      String(r.sites).padEnd(7),
      String(r.objects).padEnd(8),
      r.buildMs.toFixed(0).padEnd(7),
      r.synthMs.toFixed(0).padEnd(7),
      r.baselineMs.toFixed(0).padEnd(10),
      ((r.buildMs + r.synthMs) / r.baselineMs).toFixed(2).padEnd(24),
      (r.synthMs / r.baselineMs).toFixed(2).padEnd(17),
      (r.bytes / 1e6).toFixed(1).padEnd(7),
      r.maxRssMb.toFixed(0),
    ].join(' '));
  }
}

if (process.argv[2] === '--child') child(process.argv.slice(3));
else main(process.argv.slice(2));
