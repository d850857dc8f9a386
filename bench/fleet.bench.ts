/**
 * Benchmark: synthesizes edge fleets of thousands of sites and prints, from one run,
 * the phase times of the library and the ratios of issue 12's targets, each measured
 * in the same process as what it is compared with:
 *
 * - the library (EdgeApp: construct + validate + render + serialize) against raw cdk8s
 *   ApiObjects of the very same objects (construct + `App.synthYaml()`), and against
 *   serializing them with cdk8s's `Yaml.stringify`;
 * - EdgeApp against App (`synth()` to files; both must write the same bytes);
 * - the controller preview on against off;
 * - each phase's growth from the smallest to the largest size, against linear;
 * - peak RSS of the library against raw cdk8s (each in its own process);
 * - `KustomizeLayout.write` and `GitOpsLayout.write` (Argo CD) against writing the same
 *   files with plain fs + `yaml`.
 *
 *   npx projen bench                     # 1,000 / 5,000 / 20,000 / 50,000 sites
 *   npx projen bench -- 1000 5000        # chosen site counts
 *   BENCH_ROUNDS=5 BENCH_PREVIEW_MAX=20000 BENCH_LAYOUT_MAX=20000 BENCH_LAYOUT_REPS=3 npx projen bench
 *
 * Each size runs in child processes (timings, then one per peak-RSS measurement).
 * Every time is the best of the rounds (5 below 5,000 sites, 3 below 20,000, 2 below
 * 50,000, then 1, unless BENCH_ROUNDS says otherwise), each measured after a full
 * garbage collection (the task runs node with --expose-gc). Not a test: CI never runs it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart, Yaml } from 'cdk8s';
import * as YAML from 'yaml';
import { buildFleet, FleetShape, quietly } from './fleet';
import { LabelKeysResult, measureLabelKeys } from './label-keys';
import { EdgeApp, GitOpsEngine, GitOpsLayout, KustomizeLayout } from '../src';
import { writeFilesAtomically } from '../src/app/atomic-files';
import { chartObjects, resolveDependencies, synthesisOrder, validateAll } from '../src/app/synthesis-order';
import { toYamlDocuments } from '../src/render/yaml-writer';

const DEFAULT_SITES = [1000, 5000, 20000, 50000];
const SHAPE = { nodesPerSite: 3, groups: 10, grids: 50 };
const PREVIEW_MAX = Number(process.env.BENCH_PREVIEW_MAX ?? 5000);
const LAYOUT_MAX = Number(process.env.BENCH_LAYOUT_MAX ?? 5000);
/** Layout comparisons per round (each side's best counts). */
const LAYOUT_REPS = Number(process.env.BENCH_LAYOUT_REPS ?? 2);
const SCRATCH = process.env.BENCH_SCRATCH ?? path.join(os.tmpdir(), `cdk8s-superedge-bench-${process.pid}`);

function rounds(sites: number): number {
  return Number(process.env.BENCH_ROUNDS ?? (sites >= 50000 ? 1 : sites >= 20000 ? 2 : sites >= 5000 ? 3 : 5));
}

interface TimeResult {
  readonly sites: number;
  readonly rounds: number;
  readonly objects: number;
  readonly bytes: number;
  /** Library phases (EdgeApp's steps), ms. */
  readonly construct: number;
  readonly validate: number;
  readonly render: number;
  readonly serialize: number;
  readonly write: number;
  /** EdgeApp, construct + synthYaml(). */
  readonly library: number;
  /** App, construct + synthYaml(), the same fleet. */
  readonly libraryOnApp: number;
  /** Raw cdk8s ApiObjects of the same objects: construct + App.synthYaml(). */
  readonly raw: number;
  /** Yaml.stringify(...objects). */
  readonly yamlOnly: number;
  /** synth() to files, construct excluded. */
  readonly appSynth: number;
  readonly edgeAppSynth: number;
  /** EdgeApp construct + synthYaml() with the preview chart (when measured). */
  readonly previewOn?: number;
  readonly previewObjects?: number;
  /** KustomizeLayout.write, and the same files with plain fs + yaml (when measured). */
  readonly layout?: number;
  readonly layoutPlain?: number;
  readonly layoutCpu?: number;
  readonly layoutPlainCpu?: number;
  readonly layoutFiles?: number;
  /** GitOpsLayout.write with Argo CD, and the same files with plain fs + yaml (when measured). */
  readonly gitops?: number;
  readonly gitopsPlain?: number;
  readonly gitopsCpu?: number;
  readonly gitopsPlainCpu?: number;
  readonly gitopsFiles?: number;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function gc(): void {
  (global as any).gc?.();
}

/**
 * Before a timed file write: the dirty pages of earlier writes flushed (`sync`), so that
 * the write does not pay for the writeback of those before it, then a full collection.
 */
function settle(): void {
  spawnSync('sync');
  gc();
}

function shapeOf(sites: number, preview = false): FleetShape {
  return { sites, ...SHAPE, preview };
}

function timed<T>(f: () => T): [T, number] {
  const t = now();
  const r = f();
  return [r, now() - t];
}

/** Wall time and CPU time (user + system, every thread of the process), ms. */
interface Took {
  readonly wall: number;
  readonly cpu: number;
}

/**
 * Wall and CPU time of `f`. On a machine whose cores are shared, the CPU time moves far
 * less with the others' load than the wall time (it leaves out the waits for a core and
 * for the disk, which the wall time counts).
 */
function timedCpu<T>(f: () => T): [T, Took] {
  const c = process.cpuUsage();
  const t = now();
  const r = f();
  const wall = now() - t;
  const used = process.cpuUsage(c);
  return [r, { wall, cpu: (used.user + used.system) / 1000 }];
}

/** Raw cdk8s: one chart of ApiObjects with exactly these objects. */
function rawApp(docs: any[], outdir: string): App {
  const raw = new App({ outdir });
  const chart = new Chart(raw, 'raw', { disableResourceNameHashes: true });
  docs.forEach((o, i) => new ApiObject(chart, `o${i}`, o));
  return raw;
}

/**
 * Writes the files of a layout's tree `from` into `to` with plain fs + yaml: each YAML
 * file's value (parsed back, outside the timing) with `Yaml.stringify`, what cdk8s's own
 * writers call, one `mkdirSync` + `writeFileSync` per file. Returns the times.
 */
function plainWrite(from: string, to: string): Took {
  const planned = (fs.readdirSync(from, { recursive: true } as any) as string[]).map(String)
    .filter(f => fs.statSync(path.join(from, f)).isFile())
    .map(f => {
      const content = fs.readFileSync(path.join(from, f), 'utf-8');
      return { file: path.join(to, f), yaml: f.endsWith('.yaml'), value: f.endsWith('.yaml') ? YAML.parse(content, { version: '1.1' }) : content };
    });
  settle();
  return timedCpu(() => {
    for (const p of planned) {
      fs.mkdirSync(path.dirname(p.file), { recursive: true });
      fs.writeFileSync(p.file, p.yaml ? Yaml.stringify(p.value) : p.value);
    }
  })[1];
}

/** The layout wrote the very bytes plain fs + `Yaml.stringify` wrote, or the benchmark fails. */
function sameFiles(a: string, b: string, files: string[], what: string): void {
  for (const f of files) {
    if (fs.readFileSync(path.join(a, f), 'utf-8') !== fs.readFileSync(path.join(b, f), 'utf-8')) {
      throw new Error(`${what}: ${f} holds other bytes than Yaml.stringify writes`);
    }
  }
}

/** The layouts the benchmark writes, by result key. */
const LAYOUTS: [string, (a: App, out: string) => string[]][] = [
  ['layout', (a, out) => KustomizeLayout.write(a, out)],
  ['gitops', (a, out) => GitOpsLayout.write(a, out, { engine: GitOpsEngine.ARGO_CD, repoUrl: 'https://git.example.com/edge/fleet.git', repoPath: 'gitops' })],
];

/**
 * One layout write of a freshly built fleet into `<base>/library` and the same files with
 * plain fs + yaml into `<base>/plain` (from an untimed write of another app of the same
 * fleet when the plain side goes first), both timed, the bytes compared.
 */
function compareLayout(base: string, write: (a: App, out: string) => string[], fleet: () => App, plainFirst: boolean) {
  const out = path.join(base, 'library');
  const plainOut = path.join(base, 'plain');
  const ref = path.join(base, 'reference');
  const timedWrite = () => {
    const a = fleet();
    settle();
    return timedCpu(() => quietly(() => write(a, out)));
  };
  let plain: Took;
  let library: Took;
  let files: string[];
  if (plainFirst) {
    quietly(() => write(fleet(), ref));
    plain = plainWrite(ref, plainOut);
    [files, library] = timedWrite();
  } else {
    [files, library] = timedWrite();
    plain = plainWrite(out, plainOut);
  }
  sameFiles(out, plainOut, files, path.basename(base));
  fs.rmSync(base, { recursive: true, force: true });
  return { library, plain, files: files.length };
}

/** One round of every timing at one size (`index`: the round's number, from 0). */
function round(sites: number, dir: string, index = 0): TimeResult {
  const r: any = { sites, rounds: 1 };
  fs.rmSync(dir, { recursive: true, force: true });

  // The library, phase by phase (what EdgeApp.synth() does).
  gc();
  let t = now();
  const app = new EdgeApp({ outdir: path.join(dir, 'phases') });
  buildFleet(app, shapeOf(sites));
  r.construct = now() - t;
  t = now();
  const all = app.node.findAll();
  quietly(() => validateAll(all));
  r.validate = now() - t;
  t = now();
  resolveDependencies(all);
  const order = synthesisOrder(app);
  const docs = order.charts.flatMap(c => chartObjects(c, order));
  r.render = now() - t;
  t = now();
  const text = toYamlDocuments(docs);
  r.serialize = now() - t;
  t = now();
  fs.mkdirSync(app.outdir, { recursive: true });
  writeFilesAtomically(new Map([[path.join(app.outdir, 'fleet.k8s.yaml'), text]]));
  r.write = now() - t;
  r.objects = docs.length;
  r.bytes = text.length;

  // The same objects, serialized by cdk8s's Yaml.stringify, and as raw cdk8s ApiObjects.
  gc();
  const [yamlText, yamlOnly] = timed(() => Yaml.stringify(...docs));
  if (yamlText !== text) throw new Error('the fast writer wrote other bytes than Yaml.stringify');
  r.yamlOnly = yamlOnly;
  gc();
  r.raw = timed(() => rawApp(docs, path.join(dir, 'raw')).synthYaml())[1];

  // The library through the public API: EdgeApp and App, synthYaml() and synth().
  gc();
  const [edgeText, library] = timed(() => {
    const a = new EdgeApp({ outdir: path.join(dir, 'edge') });
    buildFleet(a, shapeOf(sites));
    return quietly(() => a.synthYaml());
  });
  r.library = library;
  gc();
  const [appText, libraryOnApp] = timed(() => {
    const a = new App({ outdir: path.join(dir, 'app') });
    buildFleet(a, shapeOf(sites));
    return quietly(() => a.synthYaml());
  });
  r.libraryOnApp = libraryOnApp;
  if (edgeText !== appText || edgeText !== text) throw new Error('EdgeApp.synthYaml() and App.synthYaml() differ');
  for (const [key, make] of [['appSynth', App], ['edgeAppSynth', EdgeApp]] as const) {
    gc();
    const a = new make({ outdir: path.join(dir, key) });
    buildFleet(a, shapeOf(sites));
    r[key] = timed(() => quietly(() => a.synth()))[1];
  }
  const written = (k: string) => fs.readFileSync(path.join(dir, k, 'fleet.k8s.yaml'), 'utf-8');
  if (written('appSynth') !== written('edgeAppSynth')) throw new Error('EdgeApp.synth() and App.synth() wrote other bytes');

  // The controller preview.
  if (sites <= PREVIEW_MAX) {
    gc();
    const [previewText, previewOn] = timed(() => {
      const a = new EdgeApp({ outdir: path.join(dir, 'preview') });
      buildFleet(a, shapeOf(sites, true));
      return quietly(() => a.synthYaml());
    });
    r.previewOn = previewOn;
    r.previewObjects = previewText.split('\n---\n').length - docs.length;
  }

  // KustomizeLayout.write and GitOpsLayout.write (Argo CD), each against the same files
  // written with plain fs + yaml, LAYOUT_REPS times a round, which side runs first
  // alternating; each timed write after a `sync`; the best counts.
  if (sites <= LAYOUT_MAX) {
    const fleet = () => {
      const a = new EdgeApp({ outdir: path.join(dir, 'unused') });
      buildFleet(a, shapeOf(sites));
      return a;
    };
    for (const [key, write] of LAYOUTS) {
      for (let rep = 0; rep < LAYOUT_REPS; rep++) {
        const c = compareLayout(path.join(dir, key), write, fleet, (index + rep) % 2 === 1);
        r[key] = Math.min(r[key] ?? Infinity, c.library.wall);
        r[`${key}Plain`] = Math.min(r[`${key}Plain`] ?? Infinity, c.plain.wall);
        r[`${key}Cpu`] = Math.min(r[`${key}Cpu`] ?? Infinity, c.library.cpu);
        r[`${key}PlainCpu`] = Math.min(r[`${key}PlainCpu`] ?? Infinity, c.plain.cpu);
        r[`${key}Files`] = c.files;
      }
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}

function measureTimes(sites: number): TimeResult {
  const dir = path.join(SCRATCH, `times-${sites}`);
  quietly(() => round(200, dir)); // warm the JIT up on a small fleet
  let best: any;
  const n = rounds(sites);
  for (let i = 0; i < n; i++) {
    const r: any = round(sites, dir, i);
    if (!best) best = r;
    else for (const k of Object.keys(r)) if (typeof r[k] === 'number' && !['sites', 'objects', 'bytes', 'previewObjects', 'layoutFiles', 'gitopsFiles'].includes(k)) best[k] = Math.min(best[k], r[k]);
  }
  best.rounds = n;
  return best;
}

/** Peak RSS of one synthesis to files: the library with EdgeApp, or raw cdk8s of the same objects. */
function measureRss(sites: number, mode: string): { maxRssMb: number } {
  const dir = path.join(SCRATCH, `rss-${mode}-${sites}`);
  if (mode === 'library') {
    const app = new EdgeApp({ outdir: dir });
    buildFleet(app, shapeOf(sites));
    quietly(() => app.synth());
  } else if (mode === 'library-on-app') {
    const app = new App({ outdir: dir });
    buildFleet(app, shapeOf(sites));
    quietly(() => app.synth());
  } else {
    // The objects come from a file the library wrote before, in another process.
    const docs = JSON.parse(fs.readFileSync(objectsFile(sites), 'utf-8'));
    rawApp(docs, dir).synth();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function objectsFile(sites: number): string {
  return path.join(SCRATCH, `objects-${sites}.json`);
}

function writeObjects(sites: number): { ok: boolean } {
  const app = new EdgeApp({ outdir: SCRATCH });
  buildFleet(app, shapeOf(sites));
  const all = app.node.findAll();
  quietly(() => validateAll(all));
  resolveDependencies(all);
  const order = synthesisOrder(app);
  fs.mkdirSync(SCRATCH, { recursive: true });
  fs.writeFileSync(objectsFile(sites), JSON.stringify(order.charts.flatMap(c => chartObjects(c, order))));
  return { ok: true };
}

function child(args: string[]): void {
  const [mode, sitesArg] = args;
  const sites = Number(sitesArg);
  const result = mode === 'times' ? measureTimes(sites)
    : mode === 'objects' ? writeObjects(sites)
      : mode === 'label-keys' ? measureLabelKeys(sites, now, gc)
        : measureRss(sites, mode);
  process.stdout.write(JSON.stringify(result) + '\n');
}

/** Runs one measurement in a child process and returns its JSON line. */
function runChild<T>(mode: string, sites: number): T {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--child', mode, String(sites)],
    { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, BENCH_SCRATCH: SCRATCH } });
  if (r.status !== 0) {
    console.error(r.stderr);
    throw new Error(`benchmark child (${mode}) for ${sites} sites failed`);
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const ms = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '-' : (a / b).toFixed(2));
const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`);

function main(argv: string[]): void {
  const sizes = argv.map(Number).filter(n => n > 0);
  const sites = sizes.length > 0 ? sizes : DEFAULT_SITES;
  const times: TimeResult[] = [];
  const rss: { sites: number; library: number; libraryOnApp: number; raw: number }[] = [];
  const keys: LabelKeysResult[] = [];
  for (const n of sites) {
    console.error(`[bench] ${n} sites: timings`);
    times.push(runChild<TimeResult>('times', n));
    console.error(`[bench] ${n} sites: peak RSS`);
    runChild('objects', n);
    rss.push({
      sites: n,
      library: runChild<{ maxRssMb: number }>('library', n).maxRssMb,
      libraryOnApp: runChild<{ maxRssMb: number }>('library-on-app', n).maxRssMb,
      raw: runChild<{ maxRssMb: number }>('raw', n).maxRssMb,
    });
    fs.rmSync(objectsFile(n), { force: true });
    if (process.env.BENCH_LABEL_KEYS) keys.push(runChild<LabelKeysResult>('label-keys', n));
  }
  fs.rmSync(SCRATCH, { recursive: true, force: true });

  console.log(`fleet benchmark: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), node ${process.version}, ${new Date().toISOString()}`);
  console.log(`${SHAPE.nodesPerSite} nodes per site, ${SHAPE.groups} groups, ${SHAPE.grids} DeploymentGrids + ${SHAPE.grids} ServiceGrids; times in ms, best of the rounds`);
  console.log('');
  console.log('Library phases (EdgeApp):');
  row(['sites', 'rounds', 'objects', 'MB', 'construct', 'validate', 'render', 'serialize', 'write', 'total']);
  row(Array(10).fill('---:'));
  for (const r of times) {
    row([String(r.sites), String(r.rounds), String(r.objects), (r.bytes / 1e6).toFixed(1), ms(r.construct), ms(r.validate), ms(r.render),
      ms(r.serialize), ms(r.write), ms(r.construct + r.validate + r.render + r.serialize + r.write)]);
  }
  console.log('');
  console.log('Ratios (each measured in one process; target in brackets):');
  row(['sites', 'EdgeApp', 'raw cdk8s', 'yaml only', 'library / raw [<= 0.7]', 'library / yaml [<= 0.9]', 'on App / raw',
    'EdgeApp / App synth()', 'preview on / off [<= 2.0]', 'preview objects', 'layout / plain fs [<= 1.2]', 'gitops / plain fs [<= 1.2]', 'layout files']);
  row(Array(13).fill('---:'));
  for (const r of times) {
    row([String(r.sites), ms(r.library), ms(r.raw), ms(r.yamlOnly),
      ratio(r.library, r.raw), ratio(r.library, r.yamlOnly), ratio(r.libraryOnApp, r.raw),
      ratio(r.edgeAppSynth, r.appSynth), ratio(r.previewOn, r.library), r.previewObjects === undefined ? '-' : String(r.previewObjects),
      ratio(r.layout, r.layoutPlain), ratio(r.gitops, r.gitopsPlain), r.layoutFiles === undefined ? '-' : String(r.layoutFiles)]);
  }
  if (times.some(r => r.layout !== undefined)) {
    console.log('');
    console.log('Layouts against the same files written with plain fs + yaml (ms, best of the rounds; wall time, and CPU time of the process) [<= 1.2]:');
    row(['sites', 'files', 'KustomizeLayout', 'plain fs', 'layout / plain fs', 'CPU: layout / plain fs',
      'GitOpsLayout (Argo CD)', 'plain fs', 'gitops / plain fs', 'CPU: gitops / plain fs']);
    row(Array(10).fill('---:'));
    for (const r of times.filter(t => t.layout !== undefined)) {
      row([String(r.sites), String(r.layoutFiles), ms(r.layout), ms(r.layoutPlain), ratio(r.layout, r.layoutPlain),
        ratio(r.layoutCpu, r.layoutPlainCpu), ms(r.gitops), ms(r.gitopsPlain), ratio(r.gitops, r.gitopsPlain), ratio(r.gitopsCpu, r.gitopsPlainCpu)]);
    }
  }
  if (times.length > 1) {
    const a = times[0];
    const b = times[times.length - 1];
    const scale = b.sites / a.sites;
    console.log('');
    console.log(`Growth from ${a.sites} to ${b.sites} sites (x${scale.toFixed(0)}), against linear [<= 1.2]:`);
    row(['phase', `ms at ${a.sites}`, `ms at ${b.sites}`, 'growth', 'growth / linear']);
    row(Array(5).fill('---:'));
    for (const k of ['construct', 'validate', 'render', 'serialize', 'write', 'library', 'raw'] as const) {
      row([k, ms(a[k]), ms(b[k]), (b[k] / a[k]).toFixed(1), (b[k] / a[k] / scale).toFixed(2)]);
    }
  }
  console.log('');
  console.log('Peak RSS in MB (one synth() to files per process) [library / raw <= 1.2 at 50,000]:');
  row(['sites', 'EdgeApp', 'App', 'raw cdk8s', 'EdgeApp / raw', 'App / raw']);
  row(Array(6).fill('---:'));
  for (const r of rss) row([String(r.sites), ms(r.library), ms(r.libraryOnApp), ms(r.raw), ratio(r.library, r.raw), ratio(r.libraryOnApp, r.raw)]);
  if (keys.length > 0) {
    console.log('');
    console.log('Per-site label keys in plain cdk8s (ms): sites, shared key, per-site keys');
    for (const k of keys) console.log(`${k.sites} ${ms(k.sharedKeyMs)} ${ms(k.perSiteKeyMs)}`);
  }
  const out = path.join(__dirname, 'out');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'results.json'), JSON.stringify({ times, rss, keys }, null, 2) + '\n');
}

if (process.argv[2] === '--child') child(process.argv.slice(3));
else main(process.argv.slice(2));
