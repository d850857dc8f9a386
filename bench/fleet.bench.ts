/**
 * Benchmark: synthesizes edge fleets of thousands of sites and compares the time
 * with serializing the very same objects with the `yaml` package, in the same run.
 *
 *   npx projen bench                 # default sizes
 *   npx projen bench -- 1000 8000    # chosen site counts
 *
 * Each size runs in a child process so that its peak memory (max RSS) is its own; it
 * builds and synthesizes the fleet three times and each side's best round counts
 * (peak RSS therefore covers three rounds, one app alive at a time).
 * Not a test: CI never runs it.
 */
import { spawnSync } from 'child_process';
import { App } from 'cdk8s';
import * as YAML from 'yaml';
import { buildFleet, FleetShape } from './fleet';
import { LabelKeysResult, measureLabelKeys } from './label-keys';

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

/** Rounds per size: each side's best round counts, so that a garbage collection does not decide the ratio. */
const ROUNDS = 3;

/** One measurement, in this process. */
function measure(shape: FleetShape): Result {
  // Warm up the JIT on a small fleet, so that neither side pays for it.
  const warm = new App({ outdir: '/tmp/cdk8s-superedge-bench' });
  buildFleet(warm, { ...shape, sites: 100 });
  const warmText = warm.synthYaml();
  YAML.stringify(YAML.parse(warmText.split('---\n')[0]));

  let best: Result | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    gc();
    const t0 = now();
    const app = new App({ outdir: '/tmp/cdk8s-superedge-bench' });
    buildFleet(app, shape);
    const t1 = now();
    const text = app.synthYaml(); // validation + toJson + YAML: app.synth() without writing files
    const t2 = now();

    // Baseline: the same plain objects, serialized with the yaml package as cdk8s does.
    const objects = app.charts.flatMap(c => c.toJson());
    gc();
    const t3 = now();
    const baseline = objects.map(o => YAML.stringify(o, { keepUndefined: true, lineWidth: 0 })).join('---\n');
    const t4 = now();
    if (baseline !== text) throw new Error('the baseline serialized other bytes than the synthesis');
    const r: Result = {
      sites: shape.sites,
      objects: objects.length,
      buildMs: Math.min(t1 - t0, best?.buildMs ?? Infinity),
      synthMs: Math.min(t2 - t1, best?.synthMs ?? Infinity),
      baselineMs: Math.min(t4 - t3, best?.baselineMs ?? Infinity),
      bytes: text.length,
      maxRssMb: 0,
    };
    best = r;
  }
  return { ...best!, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(args: string[]): void {
  const shape: FleetShape = JSON.parse(args[0]);
  if (args[1] === 'label-keys') {
    process.stdout.write(JSON.stringify(measureLabelKeys(shape.sites, now, gc)) + '\n');
    return;
  }
  process.stdout.write(JSON.stringify(measure(shape)) + '\n');
}

/** Runs one measurement in a child process and returns its JSON line. */
function runChild<T>(shape: FleetShape, mode: string): T {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', JSON.stringify(shape), mode],
    { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`benchmark child (${mode}) for ${shape.sites} sites failed`);
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function main(argv: string[]): void {
  const sizes = argv.map(Number).filter(n => n > 0);
  const gridsArg = process.env.BENCH_GRIDS;
  const grids = gridsArg === undefined ? 24 : Number(gridsArg);
  const rows: Result[] = [];
  const keyRows: LabelKeysResult[] = [];
  for (const sites of sizes.length > 0 ? sizes : DEFAULT_SITES) {
    const shape: FleetShape = { sites, nodesPerSite: 2, grids };
    rows.push(runChild<Result>(shape, 'fleet'));
    keyRows.push(runChild<LabelKeysResult>(shape, 'label-keys'));
  }
  console.log(`fleet benchmark (node ${process.version}; ${grids} DeploymentGrid+ServiceGrid pairs per fleet; best of ${ROUNDS} rounds; times in ms)`);
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
  console.log('');
  console.log('per-site label keys in plain cdk8s (one ApiObject per site; synth in ms, and microseconds per object)');
  console.log('sites   shared key  per-site keys  ratio  us/object shared  us/object per-site');
  for (const r of keyRows) {
    console.log([
      String(r.sites).padEnd(7),
      r.sharedKeyMs.toFixed(0).padEnd(11),
      r.perSiteKeyMs.toFixed(0).padEnd(14),
      (r.perSiteKeyMs / r.sharedKeyMs).toFixed(2).padEnd(6),
      (r.sharedKeyMs * 1000 / r.sites).toFixed(0).padEnd(17),
      (r.perSiteKeyMs * 1000 / r.sites).toFixed(0),
    ].join(' '));
  }
}

if (process.argv[2] === '--child') child(process.argv.slice(3));
else main(process.argv.slice(2));
