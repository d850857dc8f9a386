import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk8s from 'cdk8s';
import { Testing, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import * as lib from '../src';
import { ControllerPreview, EdgeCluster, KinsUnit, KustomizeLayout, NodeUnit } from '../src';
import { HOSTILE_VALUES, hostileFleet, withYamlStringify } from './support/hostile-fleet';
import { gridProgram } from './support/programs';

const HAVE_KUBECTL = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf-8' }).status === 0;
if (!HAVE_KUBECTL) console.log('skipping the kubectl kustomize build of the layout: kubectl is not installed');

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'layout-'));
}

function program() {
  const app = Testing.app();
  const c = new EdgeCluster(app, 'edge', { namespace: 'apps' });
  gridProgram(c);
  new kplus.ConfigMap(c, 'settings', { metadata: { name: 'settings', namespace: 'ops' }, data: { a: '1' } });
  ControllerPreview.of(c).addChart();
  return { app, c };
}

describe('KustomizeLayout', () => {
  test('one object per file, folders by chart and namespace, kustomizations without the preview', () => {
    const out = tmp();
    const { app } = program();
    const files = KustomizeLayout.write(app, out);
    expect(files).toEqual(expect.arrayContaining([
      '.cdk8s-superedge-layout',
      'kustomization.yaml',
      'edge/kustomization.yaml',
      'edge/_cluster/NodeUnit.site.superedge.io.beijing.yaml',
      'edge/_cluster/NodeGroup.site.superedge.io.location.yaml',
      'edge/apps/DeploymentGrid.superedge.io.nginx.yaml',
      'edge/ops/ConfigMap.settings.yaml',
      'edge-controller-preview/apps/Deployment.apps.nginx-beijing.yaml',
    ]));
    expect(files).toEqual([...files].sort());
    expect(Yaml.load(path.join(out, 'kustomization.yaml'))[0].resources).toEqual(['edge']);
    const chartKustomization = Yaml.load(path.join(out, 'edge', 'kustomization.yaml'))[0];
    expect(chartKustomization.resources).toEqual(files.filter(f => f.startsWith('edge/') && f !== 'edge/kustomization.yaml').map(f => f.slice('edge/'.length)));
    const [grid] = Yaml.load(path.join(out, 'edge/apps/DeploymentGrid.superedge.io.nginx.yaml'));
    expect(grid.spec.gridUniqKey).toBe('location');
  });

  (HAVE_KUBECTL ? test : test.skip)('kubectl kustomize builds the tree into the same objects as app.synth()', () => {
    const out = tmp();
    const { app, c } = program();
    KustomizeLayout.write(app, out);
    const built = execFileSync('kubectl', ['kustomize', out], { encoding: 'utf-8' });
    const kinds = (built.match(/^kind: .*/gm) ?? []).length;
    expect(kinds).toBe(c.toJson().length);
  });

  test('the same bytes on every write, and removed objects disappear', () => {
    const out = tmp();
    const first = program();
    KustomizeLayout.write(first.app, out);
    const snapshot = (dir: string) => fs.readdirSync(dir, { recursive: true } as any).map(String).sort()
      .map(f => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf-8') : '']);
    const before = snapshot(out);
    KustomizeLayout.write(program().app, out);
    expect(snapshot(out)).toEqual(before);

    const app = Testing.app();
    new EdgeCluster(app, 'edge', { namespace: 'apps' });
    fs.writeFileSync(path.join(out, 'README.md'), 'not ours');
    KustomizeLayout.write(app, out);
    expect(fs.existsSync(path.join(out, 'edge/apps/DeploymentGrid.superedge.io.nginx.yaml'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'edge-controller-preview'))).toBe(false); // a chart no longer in the app
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf-8')).toBe('not ours');
  });

  test('namespaced objects naming no namespace are not mistaken for cluster-scoped ones', () => {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    gridProgram(c);
    const files = KustomizeLayout.write(app, tmp());
    expect(files).toContain('edge/_namespaced/DeploymentGrid.superedge.io.nginx.yaml');
    expect(files).toContain('edge/_cluster/NodeUnit.site.superedge.io.beijing.yaml');
  });

  test('a broken topology writes nothing and reports every problem', () => {
    const out = path.join(tmp(), 'tree');
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    new NodeUnit(c, 'Bad_Name', { nodes: ['10.0.0.1'] });
    expect(() => KustomizeLayout.write(app, out)).toThrow(/SE-U01[\s\S]*SE-N02|SE-N02[\s\S]*SE-U01/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('two objects on one path are refused, naming the file', () => {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    new kplus.ConfigMap(c, 'a', { metadata: { name: 'same', namespace: 'ops' } });
    new kplus.ConfigMap(c, 'b', { metadata: { name: 'same', namespace: 'ops' } });
    expect(() => KustomizeLayout.write(app, tmp())).toThrow('edge: two objects would be written to ops/ConfigMap.same.yaml (ConfigMap "same"): give one of them another name');
  });
});

describe('KustomizeLayout writes never damage what was there', () => {
  const snapshot = (dir: string) => fs.readdirSync(dir, { recursive: true } as any).map(String).sort()
    .map(f => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf-8') : '']);

  test('an error in the middle of a write leaves the earlier tree untouched, and no temporary folder behind', () => {
    const root = tmp();
    const out = path.join(root, 'tree');
    KustomizeLayout.write(program().app, out);
    fs.writeFileSync(path.join(out, 'README.md'), 'not ours');
    const before = snapshot(out);

    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge', { namespace: 'apps' });
    new kplus.ConfigMap(c, 'other', { metadata: { name: 'other', namespace: 'ops' } });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const nodeFs = require('fs'); // the module itself: the layout reads its functions from it at call time
    const real = nodeFs.writeFileSync;
    let calls = 0;
    const spy = jest.spyOn(nodeFs, 'writeFileSync').mockImplementation((...args: any[]) => {
      if (++calls === 2) throw new Error('ENOSPC: no space left on device');
      return (real as any)(...args);
    });
    try {
      expect(() => KustomizeLayout.write(app, out)).toThrow(/could not write .*tree \(ENOSPC: no space left on device\); nothing in it was changed/);
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(2);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(root)).toEqual(['tree']);
  });

  test('a successful write keeps entries that are not the layout\'s, and leaves no temporary folder', () => {
    const root = tmp();
    const out = path.join(root, 'tree');
    fs.mkdirSync(path.join(out, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(out, 'docs', 'notes.md'), 'mine');
    KustomizeLayout.write(program().app, out);
    expect(fs.readFileSync(path.join(out, 'docs', 'notes.md'), 'utf-8')).toBe('mine');
    expect(fs.existsSync(path.join(out, 'edge', 'kustomization.yaml'))).toBe(true);
    expect(fs.readdirSync(root)).toEqual(['tree']);
  });

  test('a 253-character object name gets a short, deterministic file name', () => {
    const name = `${'a'.repeat(61)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}`;
    expect(name.length).toBe(253);
    const write = () => {
      const app = Testing.app();
      const c = new EdgeCluster(app, 'edge');
      new kplus.ConfigMap(c, 'long', { metadata: { name, namespace: 'ops' }, data: { a: '1' } });
      new kplus.ConfigMap(c, 'long2', { metadata: { name: name.slice(0, 252) + 'e', namespace: 'ops' }, data: { a: '2' } });
      const out = tmp();
      return { out, files: KustomizeLayout.write(app, out) };
    };
    const first = write();
    const long = first.files.filter(f => f.startsWith('edge/ops/'));
    expect(long).toHaveLength(2);
    for (const f of long) {
      expect(Buffer.byteLength(path.basename(f))).toBeLessThanOrEqual(255);
      expect(path.basename(f)).toMatch(/^ConfigMap\.a+\.b+.*~[0-9a-f]{16}\.yaml$/);
    }
    expect(write().files).toEqual(first.files);
    const [obj] = Yaml.load(path.join(first.out, long[0]));
    expect([name, name.slice(0, 252) + 'e']).toContain(obj.metadata.name);
    if (HAVE_KUBECTL) expect(execFileSync('kubectl', ['kustomize', first.out], { encoding: 'utf-8' })).toContain(name);
  });

  test('a Kins unit chart is written beside the cluster, left out of the root kustomization', () => {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    const factory = new KinsUnit(c, 'factory', { nodes: ['f-1'] });
    new kplus.ConfigMap(factory.unitChart, 'plc', { metadata: { name: 'plc' }, data: { a: '1' } });
    const out = tmp();
    const files = KustomizeLayout.write(app, out);
    expect(files).toContain('edge-factory/_namespaced/ConfigMap.plc.yaml');
    expect(files.filter(f => f.startsWith('edge/')).some(f => f.includes('ConfigMap.plc'))).toBe(false);
    expect(Yaml.load(path.join(out, 'kustomization.yaml'))[0].resources).toEqual(['edge']);
  });
});

describe('the layouts write with the fast YAML writer the bytes Yaml.stringify writes', () => {
  test('a fleet with hostile strings: every file the same bytes as a layout written with Yaml.stringify', () => {
    const reference = tmp();
    const stringified = withYamlStringify(m => m.lib.KustomizeLayout.write(hostileFleet(m), reference));
    const out = tmp();
    const files = KustomizeLayout.write(hostileFleet({ cdk8s, kplus, lib }), out);

    const tree = (dir: string) => fs.readdirSync(dir, { recursive: true } as any).map(String).sort()
      .filter(f => fs.statSync(path.join(dir, f)).isFile()).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf-8')]);
    expect(stringified).toBe(files.length - 1); // every file but the marker went through Yaml.stringify there
    expect(tree(out)).toEqual(tree(reference));

    // The hostile strings reached the files, quoted or as block scalars.
    const widget = fs.readFileSync(path.join(out, 'edge/ops/Widget.example.com.w.yaml'), 'utf-8');
    for (const line of ['  a:b: "yes"', '  "c: d": 1', '  "? q": true', '  "#k": v', '  "y": "n"', '    - -0', '    - 1e+21']) expect(widget).toContain(`${line}\n`);
    const grid = fs.readFileSync(path.join(out, 'edge/apps/DeploymentGrid.superedge.io.web.yaml'), 'utf-8');
    for (const value of ['"yes"', '"NO"', '"0x1"', '"08"', '"12:30:00"', '"~"', '"null"', '"1e3"', '""', '" lead"', '"a: b"', '"- x"', '\'"q"\'', '|', '|-']) {
      expect(grid).toContain(`value: ${value}\n`);
    }
    const [parsed] = Yaml.load(path.join(out, 'edge/apps/DeploymentGrid.superedge.io.web.yaml'));
    const env = parsed.spec.template.template.spec.containers[0].env; // the grid's DeploymentSpec, its pod template
    for (const [name, value] of Object.entries(HOSTILE_VALUES)) expect(env.find((e: any) => e.name === name)?.value).toBe(value);
    expect(files).toContain('edge-factory/_namespaced/ConfigMap.plc.yaml');
  });
});
