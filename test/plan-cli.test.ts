import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, EdgeCluster, GitOpsEngine, GitOpsLayout, GridCrd, KinsMode, KinsUnit, NodeGroup, NodeUnit } from '../src';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'lib', 'cli', 'main.js');
const HAVE_BIN = fs.existsSync(BIN);
if (!HAVE_BIN) console.log(`skipping the command-line tests of plan and graph: ${BIN} is absent (run npx projen compile)`);
const t = HAVE_BIN ? test : test.skip;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf-8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'plan-'));
}

interface Options {
  readonly sites?: string[];
  readonly image?: string;
  /** Per-site image overrides. */
  readonly overrides?: { [site: string]: string };
  /** Rollout waves of the sites (emulated: a site label, and overrides per wave reached). */
  readonly waves?: { [site: string]: number };
  readonly kinsImage?: string;
  readonly configValue?: string;
  readonly siteLabel?: { [site: string]: string };
}

/** A fleet: sites in the group 'location', nginx on every site, a Kins unit with a gateway inside. */
function program(o: Options = {}): App {
  const app = Testing.app();
  const c = new EdgeCluster(app, 'edge');
  const units = (o.sites ?? ['beijing', 'guangzhou', 'shanghai']).map((s, i) => new NodeUnit(c, s, {
    nodes: [`${s}-1`, `${s}-2`].slice(0, 1 + (i % 2)),
    unitLabels: o.waves?.[s] !== undefined ? { 'cdk8s-superedge.io/wave': String(o.waves[s]) } : undefined,
    nodeLabels: o.siteLabel?.[s] !== undefined ? { tier: o.siteLabel[s] } : undefined,
  }));
  const location = new NodeGroup(c, 'location', { nodeUnits: units });
  const nginx = new DeploymentGrid(c, 'nginx', {
    nodeGroup: location,
    replicas: 2,
    gridCrd: GridCrd.POOL_METADATA_PRESERVED,
    containers: [{ image: o.image ?? 'nginx:1.25', portNumber: 8080 }],
  });
  for (const u of units) {
    const image = o.overrides?.[u.unitName];
    if (image) nginx.overrideSite(u, { image });
  }
  new kplus.ConfigMap(c, 'settings', { metadata: { name: 'settings', namespace: 'ops' }, data: { level: o.configValue ?? 'info' } });
  const factory = new KinsUnit(c, 'factory', { nodes: ['f-1', 'f-2', 'f-3'], mode: KinsMode.THREE_MASTERS, wave: 2 });
  new kplus.Deployment(factory.unitChart, 'plc-gateway', { containers: [{ image: o.kinsImage ?? 'factory/plc-gw:2.1', portNumber: 8080 }] });
  return app;
}

/** A program written as a GitOps layout (and as a dist/ folder), in a fresh folder. */
function layout(o: Options = {}): { layout: string; dist: string } {
  const dir = tmp();
  const app = program(o);
  GitOpsLayout.write(app, path.join(dir, 'layout'), { engine: GitOpsEngine.FLUX, repoUrl: 'https://git.example.com/fleet.git', repoPath: 'layout' });
  const distApp = program(o);
  (distApp as any).outdir = path.join(dir, 'dist');
  distApp.synth();
  return { layout: path.join(dir, 'layout'), dist: path.join(dir, 'dist') };
}

function plan(base: Options, head: Options, ...args: string[]): any {
  const r = run('plan', layout(base).layout, layout(head).layout, '--json', ...args);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(r.stdout);
}

describe('cdk8s-superedge plan', () => {
  t('no change: no site, no object', () => {
    expect(plan({}, {})).toEqual({ sitesChanged: 0, sites: {}, objects: { added: [], removed: [], changed: [] } });
  });

  t('add a site: exactly that site, with what the controller creates there', () => {
    const p = plan({}, { sites: ['beijing', 'guangzhou', 'shanghai', 'chengdu'] });
    expect(p.sitesChanged).toBe(1);
    expect(Object.keys(p.sites)).toEqual(['chengdu']); // unit names are unique across targets: no prefix
    expect(p.sites.chengdu).toMatchObject({
      status: 'added',
      added: ['Deployment nginx-chengdu'],
      removed: [],
      changed: [],
      nodes: ['+chengdu-1', '+chengdu-2'],
    });
    // The unit's own label (chengdu: nodeunits.superedge.io) is site-manager's, not a declared one: the model leaves it out.
    expect(p.sites.chengdu.nodeLabels).toEqual(['location: (none) -> chengdu']);
    expect(p.objects.changed).toEqual(['NodeGroup location (edge)']);
  });

  t('change one site\'s override: only that site, and what changed', () => {
    const p = plan({}, { overrides: { guangzhou: 'nginx:1.26' } });
    expect(Object.keys(p.sites)).toEqual(['guangzhou']);
    expect(p.sites.guangzhou.changed).toEqual([{ name: 'Deployment nginx-guangzhou', what: ['image main: nginx:1.25 -> nginx:1.26'] }]);
    expect(p.objects.changed).toEqual([]); // the DeploymentGrid is accounted to its sites
  });

  t('advance a rollout wave (emulated with per-site overrides): only the sites of the new wave', () => {
    const waves = { beijing: 1, guangzhou: 2, shanghai: 2 };
    const p = plan(
      { waves, overrides: { beijing: 'nginx:1.26' } },
      { waves, overrides: { beijing: 'nginx:1.26', guangzhou: 'nginx:1.26', shanghai: 'nginx:1.26' } },
    );
    expect(p.sitesChanged).toBe(2);
    expect(Object.keys(p.sites)).toEqual(['guangzhou', 'shanghai']);
    for (const s of ['guangzhou', 'shanghai']) {
      expect(p.sites[s].wave).toBe(2);
      expect(p.sites[s].changed[0].what).toEqual(['image main: nginx:1.25 -> nginx:1.26']);
    }
  });

  t('change a shared template: every site of the grid, the sites it is overridden at only where it shows', () => {
    const p = plan({ overrides: { shanghai: 'nginx:1.24' } }, { image: 'nginx:1.27', overrides: { shanghai: 'nginx:1.24' } });
    expect(Object.keys(p.sites)).toEqual(['beijing', 'guangzhou']);
    expect(p.sites.beijing.changed).toEqual([{ name: 'Deployment nginx-beijing', what: ['image main: nginx:1.25 -> nginx:1.27'] }]);
  });

  t('node labels, a Kins unit\'s own objects, and cluster-wide objects', () => {
    const p = plan({}, { siteLabel: { beijing: 'gold' }, kinsImage: 'factory/plc-gw:2.2', configValue: 'debug' });
    expect(Object.keys(p.sites)).toEqual(['beijing']);
    expect(p.sites.beijing.nodeLabels).toEqual(['tier: (none) -> gold']);
    expect(p.objects.changed).toEqual(['ConfigMap ops/settings (edge)', 'Deployment plc-gateway (edge-factory)']);
  });

  t('two clusters with a unit of one name: sites are named <target>/<unit>', () => {
    const write = (image: string) => {
      const app = Testing.app();
      for (const id of ['north', 'south']) {
        const c = new EdgeCluster(app, id);
        const u = new NodeUnit(c, 'beijing', { nodes: [`${id}-1`] });
        const g = new NodeGroup(c, 'location', { nodeUnits: [u] });
        new DeploymentGrid(c, 'web', { nodeGroup: g, containers: [{ image: id === 'south' ? image : 'web:1', portNumber: 8080 }] });
      }
      const out = path.join(tmp(), 'layout');
      GitOpsLayout.write(app, out, { engine: GitOpsEngine.KUSTOMIZE, repoPath: 'layout' });
      return out;
    };
    const r = run('plan', write('web:1'), write('web:2'), '--json');
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(Object.keys(p.sites)).toEqual(['south/beijing']);
    expect(p.sites['south/beijing'].changed).toEqual([{ name: 'Deployment web-beijing', what: ['image main: web:1 -> web:2'] }]);
  });

  t('dist/ folders too, and --markdown writes a capped summary', () => {
    const base = layout({});
    const head = layout({ sites: ['beijing', 'guangzhou', 'shanghai', 'chengdu'], image: 'nginx:1.26' });
    const md = path.join(tmp(), 'plan.md');
    const r = run('plan', base.dist, head.dist, '--markdown', md);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4 sites change; 1 cluster-wide object change');
    const text = fs.readFileSync(md, 'utf-8');
    expect(text).toContain('**4 sites change** (1 added, 0 removed, 3 changed); **1 cluster-wide object** change (0 added, 0 removed, 1 changed).');
    expect(text).toContain('| chengdu | - | added | + Deployment nginx-chengdu; node labels');
    expect(text).toContain('| beijing | - | changed | ~ Deployment nginx-beijing (image main: nginx:1.25 -&gt; nginx:1.26) |');
  });

  t('--max-sites: exit 3 past the gate, 0 within it', () => {
    const base = layout({}).layout;
    const head = layout({ image: 'nginx:1.26' }).layout;
    const over = run('plan', base, head, '--max-sites', '2');
    expect(over.code).toBe(3);
    expect(over.stderr).toContain('3 sites change, more than --max-sites 2');
    expect(run('plan', base, head, '--max-sites', '3').code).toBe(0);
  });

  t('bad input: exit 2 with the reason', () => {
    const base = layout({}).layout;
    const missing = run('plan', base, '/nonexistent/output');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/output: no such file or folder');
    const broken = tmp();
    fs.writeFileSync(path.join(broken, 'x.yaml'), 'kind: [unclosed');
    const bad = run('plan', base, broken);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot read the output:\n  \S*x\.yaml:\d+:\d+: document 1: /);
    expect(run('plan', base, base, '--max-sites', 'many').code).toBe(2);
    expect(run('plan', base, '/dev/null').stderr).toContain('cannot read /dev/null: not a file or folder');
    expect(run('plan', base).code).toBe(2);
  });
});

describe('cdk8s-superedge graph', () => {
  t('renders a layout as mermaid, svg and html', () => {
    const dir = layout({}).layout;
    const mermaid = run('graph', dir);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toContain('subgraph c0["cluster edge (GitOps wave 1)"]');
    expect(mermaid.stdout).toContain('c0lu0[["factory<br/>3 nodes<br/>wave 1<br/>Kins"]]');
    expect(mermaid.stdout).toContain('c0x0 --> c0g0');
    const svg = run('graph', dir, '--format', 'svg');
    expect(svg.code).toBe(0);
    expect(svg.stdout).toContain('<svg');
    expect(svg.stdout).toContain('>guangzhou</text>');
    const out = path.join(tmp(), 'fleet.html');
    expect(run('graph', dir, '--format', 'html', '--out', out).code).toBe(0);
    const page = fs.readFileSync(out, 'utf-8');
    expect(page).toContain('<tr><td>beijing</td><td>edge</td><td>location</td><td class="num">1</td>');
    expect(page).toContain('1 cluster, 4 sites.');
  });

  t('bad format or folder: exit 2', () => {
    expect(run('graph', layout({}).layout, '--format', 'png').code).toBe(2);
    expect(run('graph', '/nonexistent').code).toBe(2);
  });
});
