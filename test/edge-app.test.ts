/**
 * EdgeApp against App: the same files with the same bytes for every example program,
 * the issue programs and every output type; the same errors; atomic writes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, AppProps, Chart, Testing, YamlOutputType } from 'cdk8s';
import {
  ControllerPreview, EdgeApp, EdgeCluster, EdgeHealth, KinsMode, KinsUnit, MultiRegionIngress, NodeUnit,
} from '../src';
import { gridProgram } from './support/programs';
import { writeFilesAtomically } from '../src/app/atomic-files';

const ROOT = path.join(__dirname, '..');

function tmpdir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Every file under `dir`, relative path -> content. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!fs.existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(dir, full), fs.readFileSync(full, 'utf-8'));
    }
  };
  walk(dir);
  return out;
}

function expectSameTree(actual: Map<string, string>, expected: Map<string, string>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [f, content] of expected) {
    if (actual.get(f) !== content) throw new Error(`${f} differs between EdgeApp and App`);
  }
}

/** The issue programs (topology, grids, ingress, edge-health, Kins, a preview chart), on any app. */
function issueProgram(app: App): EdgeCluster {
  const cluster = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
  const { bj, gz, nginxService } = gridProgram(cluster);
  new KinsUnit(cluster, 'demo', { nodes: ['k-1', 'k-2', 'k-3'], mode: KinsMode.THREE_MASTERS });
  new MultiRegionIngress(cluster, 'echo', {
    nodeUnits: [bj, gz],
    rules: [{ host: 'test.k8s.io', path: '/echo', serviceGrid: nginxService, port: 8080 }],
  });
  new EdgeHealth(cluster, 'health', { checkUnits: [bj, gz] });
  ControllerPreview.of(cluster).addChart();
  return cluster;
}

/** Runs `program` on an App and on an EdgeApp with the same props, each into its own folder. */
function bothWays(props: AppProps, program: (app: App) => void): { app: Map<string, string>; edge: Map<string, string>; yaml: [string, string] } {
  const quiet = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const a = new App({ ...props, outdir: tmpdir('app-') });
    program(a);
    a.synth();
    const e = new EdgeApp({ ...props, outdir: tmpdir('edge-app-') });
    program(e);
    e.synth();
    const ya = new App({ ...props, outdir: tmpdir('app-') });
    program(ya);
    const ye = new EdgeApp({ ...props, outdir: tmpdir('edge-app-') });
    program(ye);
    return { app: tree(a.outdir), edge: tree(e.outdir), yaml: [ye.synthYaml(), ya.synthYaml()] };
  } finally {
    quiet.mockRestore();
  }
}

const OUTPUT_TYPES: [string, YamlOutputType][] = [
  ['FILE_PER_CHART', YamlOutputType.FILE_PER_CHART],
  ['FILE_PER_APP', YamlOutputType.FILE_PER_APP],
  ['FILE_PER_RESOURCE', YamlOutputType.FILE_PER_RESOURCE],
  ['FOLDER_PER_CHART_FILE_PER_RESOURCE', YamlOutputType.FOLDER_PER_CHART_FILE_PER_RESOURCE],
];

describe('EdgeApp writes what App writes', () => {
  test.each(OUTPUT_TYPES)('the issue programs, %s', (_name, yamlOutputType) => {
    const { app, edge, yaml } = bothWays({ yamlOutputType }, issueProgram);
    expect(app.size).toBeGreaterThan(0);
    expectSameTree(edge, app);
    expect(yaml[0]).toBe(yaml[1]);
    expect(yaml[0]).toContain('kind: DeploymentGrid');
  });

  test('another file extension and construct metadata', () => {
    const { app, edge } = bothWays({ outputFileExtension: '.yml', recordConstructMetadata: true }, issueProgram);
    expect([...app.keys()]).toContain('construct-metadata.json');
    expect([...app.keys()]).toContain('edge.yml');
    expectSameTree(edge, app);
  });

  test('charts that depend on each other: cdk8s\'s order and indexed names', () => {
    const program = (app: App) => {
      const base = new Chart(app, 'base');
      new ApiObject(base, 'ns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps' } });
      const cluster = issueProgram(app);
      cluster.node.addDependency(base);
      const parent = new Chart(app, 'parent');
      new ApiObject(parent, 'cm', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'p' }, data: { a: 'yes' } });
      const nested = new Chart(parent, 'nested');
      const second = new ApiObject(nested, 'cm2', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'n2' } });
      const first = new ApiObject(nested, 'cm1', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'n1' } });
      second.node.addDependency(first);
    };
    for (const [, yamlOutputType] of OUTPUT_TYPES) {
      const { app, edge, yaml } = bothWays({ yamlOutputType }, program);
      expectSameTree(edge, app);
      expect(yaml[0]).toBe(yaml[1]);
    }
    const { app } = bothWays({}, program);
    expect([...app.keys()].some(f => /^0000-/.test(f))).toBe(true);
  });

  test('charts named by numbers come first, in numeric order, as in cdk8s', () => {
    const program = (app: App) => {
      for (const id of ['zeta', '10', 'alpha', '2', '01']) {
        const c = new Chart(app, id);
        new ApiObject(c, 'x', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${id}` }, data: { 1: 'on' } });
        new ApiObject(c, '5', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm5-${id}` } });
      }
    };
    const { app, edge, yaml } = bothWays({ yamlOutputType: YamlOutputType.FILE_PER_APP }, program);
    expectSameTree(edge, app);
    expect(yaml[0]).toBe(yaml[1]);
    expect(yaml[0].indexOf('cm-2')).toBeLessThan(yaml[0].indexOf('cm-10'));
    expect(yaml[0].indexOf('cm-10')).toBeLessThan(yaml[0].indexOf('cm-zeta'));
  });
});

describe('EdgeApp on a broken topology', () => {
  function broken(app: App): void {
    const cluster = new EdgeCluster(app, 'edge');
    new NodeUnit(cluster, 'Bad_Name', { nodes: ['n-1'] });
    new NodeUnit(cluster, 'other', { nodes: ['n-1'] });
  }

  function errorOf(f: () => void): string {
    try {
      f();
    } catch (e: any) {
      return e.message;
    }
    throw new Error('expected an error');
  }

  test('raises the errors App raises, from synth() and synthYaml()', () => {
    const outdir = tmpdir('broken-');
    const a = new App({ outdir: path.join(outdir, 'a') });
    broken(a);
    const e = new EdgeApp({ outdir: path.join(outdir, 'e') });
    broken(e);
    const expected = errorOf(() => a.synth());
    expect(expected).toMatch(/^Validation failed with the following errors:\n {2}\[edge\/Bad_Name\]/);
    expect(errorOf(() => e.synth())).toBe(expected);
    expect(errorOf(() => e.synthYaml())).toBe(errorOf(() => a.synthYaml()));
  });

  test('writes nothing, and leaves a previous output as it was', () => {
    const outdir = tmpdir('previous-');
    const good = new EdgeApp({ outdir });
    issueProgram(good);
    good.synth();
    const before = tree(outdir);
    expect(before.size).toBeGreaterThan(0);

    const bad = new EdgeApp({ outdir });
    broken(bad);
    expect(() => bad.synth()).toThrow(/Validation failed/);
    expect(tree(outdir)).toEqual(before);

    const fresh = path.join(tmpdir('fresh-'), 'dist');
    const bad2 = new EdgeApp({ outdir: fresh });
    broken(bad2);
    expect(() => bad2.synth()).toThrow(/Validation failed/);
    expect(fs.existsSync(fresh)).toBe(false);
  });
});

describe('EdgeApp writes atomically', () => {
  test('leaves no temporary files, replaces the previous files, removes the manifests it no longer writes', () => {
    const outdir = tmpdir('atomic-');
    fs.writeFileSync(path.join(outdir, 'README.txt'), 'mine');
    fs.writeFileSync(path.join(outdir, 'old-chart.k8s.yaml'), 'kind: Stale\n');
    fs.writeFileSync(path.join(outdir, 'edge.k8s.yaml'), 'kind: Previous\n');
    const app = new EdgeApp({ outdir });
    issueProgram(app);
    app.synth();
    const files = [...tree(outdir).keys()];
    expect(files).toEqual(['README.txt', 'edge-controller-preview.k8s.yaml', 'edge.k8s.yaml']);
    expect(fs.readFileSync(path.join(outdir, 'edge.k8s.yaml'), 'utf-8')).toContain('kind: NodeUnit');
    expect(fs.readFileSync(path.join(outdir, 'README.txt'), 'utf-8')).toBe('mine');
  });

  test('a write that fails leaves the previous files and no temporary file', () => {
    const outdir = tmpdir('failing-');
    fs.writeFileSync(path.join(outdir, 'a.yaml'), 'old a\n');
    fs.writeFileSync(path.join(outdir, 'blocker'), 'a file where a folder should be\n');
    const files = new Map([
      [path.join(outdir, 'a.yaml'), 'new a\n'],
      [path.join(outdir, 'blocker', 'b.yaml'), 'b\n'],
    ]);
    expect(() => writeFilesAtomically(files)).toThrow(/ENOTDIR|EEXIST/);
    expect([...tree(outdir).entries()]).toEqual([['a.yaml', 'old a\n'], ['blocker', 'a file where a folder should be\n']]);
  });

  test('writes names as long as App can', () => {
    const program = (app: App) => {
      const c = new Chart(app, 'long');
      new ApiObject(c, 'x', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'n'.repeat(236) } });
    };
    const { app, edge } = bothWays({ yamlOutputType: YamlOutputType.FILE_PER_RESOURCE }, program);
    expect([...app.keys()][0].length).toBe(255);
    expectSameTree(edge, app);
  });
});

describe('EdgeApp props from any language', () => {
  test('null props are no props; wrong types are refused with what to do', () => {
    expect(new EdgeApp(null as any).outputFileExtension).toBe('.k8s.yaml');
    expect(() => new EdgeApp({ outdir: 5 as any })).toThrow(/EdgeApp: outdir must be a non-empty string, got 5: give a folder name/);
    expect(() => new EdgeApp({ outputFileExtension: '' })).toThrow(/outputFileExtension must be a non-empty string/);
    expect(() => new EdgeApp({ yamlOutputType: 9 as any })).toThrow(/yamlOutputType must be one of YamlOutputType \(0, 1, 2, 3\), got 9/);
    expect(() => new EdgeApp('dist' as any)).toThrow(/props must be an object/);
  });
});

describe('EdgeApp and App on the example programs', () => {
  const examples = fs.readdirSync(path.join(ROOT, 'examples'))
    .filter(d => fs.existsSync(path.join(ROOT, 'examples', d, 'main.ts'))).sort();

  /** Runs an example as its own program in a scratch folder (its dist and gitops output land there). */
  function run(example: string, edge: boolean): Map<string, string> {
    const cwd = tmpdir(`example-${example}-`);
    const preload = edge ? ['--require', path.join(__dirname, 'support', 'use-edge-app.ts')] : [];
    const r = spawnSync(process.execPath, [
      '--require', require.resolve('ts-node/register/transpile-only'), ...preload, path.join(ROOT, 'examples', example, 'main.ts'),
    ], { cwd, encoding: 'utf-8', env: { ...process.env, CDK8S_OUTDIR: path.join(cwd, 'dist'), TS_NODE_PROJECT: path.join(ROOT, 'examples', 'tsconfig.json') } });
    if (r.status !== 0) throw new Error(`example ${example} failed: ${r.stderr}`);
    return tree(cwd);
  }

  test.each(examples)('%s: the same files, byte for byte', example => {
    const app = run(example, false);
    const edge = run(example, true);
    expect([...app.keys()].filter(f => f.startsWith('dist/')).length).toBeGreaterThan(0);
    expectSameTree(edge, app);
  }, 120_000);

  test('the preload really synthesizes with EdgeApp', () => {
    const r = spawnSync(process.execPath, [
      '--require', require.resolve('ts-node/register/transpile-only'), '--require', path.join(__dirname, 'support', 'use-edge-app.ts'),
      '-e', 'const { App } = require("cdk8s"); console.log(new App().constructor.name)',
    ], { encoding: 'utf-8', env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'examples', 'tsconfig.json') } });
    expect(r.stdout.trim()).toBe('EdgeApp');
  }, 60_000);
});

test('Testing.app() apps and EdgeApp agree on a small cluster', () => {
  const build = (app: App) => gridProgram(new EdgeCluster(app, 'edge'));
  const t = Testing.app();
  build(t);
  const e = new EdgeApp();
  build(e);
  expect(e.synthYaml()).toBe(t.synthYaml());
});
