import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as cdk8s from 'cdk8s';
import { App, Chart, Testing, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import * as lib from '../src';
import { ControllerPreview, EdgeCluster, GitOpsEngine, GitOpsLayout, KinsMode, KinsUnit, NodeGroup, NodeUnit } from '../src';
import { engineSchemaProblems } from './support/engine-schemas';
import { hostileFleet, withYamlStringify } from './support/hostile-fleet';
import { gridProgram } from './support/programs';
import { schemaProblems } from './support/schema';

const HAVE_KUBECTL = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf-8' }).status === 0;
if (!HAVE_KUBECTL) console.log('skipping the kubectl kustomize builds of the GitOps targets: kubectl is not installed');

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'gitops-'));
}

/** Every file of a folder with its content, sorted. */
function snapshot(dir: string): [string, string][] {
  return fs.readdirSync(dir, { recursive: true } as any).map(String).sort()
    .filter(f => fs.statSync(path.join(dir, f)).isFile())
    .map(f => [f, fs.readFileSync(path.join(dir, f), 'utf-8')]);
}

function load(file: string): any[] {
  return Yaml.load(file);
}

/** A second cluster, with its own sites and grids, declared in either order. */
function fleet(order: 'forward' | 'reverse'): App {
  const app = Testing.app();
  const declare = [
    () => {
      const cluster = new EdgeCluster(app, 'edge');
      gridProgram(cluster);
      const factory = new KinsUnit(cluster, 'factory', { nodes: ['f-1', 'f-2', 'f-3'], mode: KinsMode.THREE_MASTERS, wave: 2 });
      new kplus.Deployment(factory.unitChart, 'plc-gateway', { containers: [{ image: 'factory/plc-gw:2.1', portNumber: 8080 }] });
      const shop = new KinsUnit(cluster, 'shop', { nodes: ['s-1'], gitOpsName: 'shop-k3s' });
      new kplus.ConfigMap(shop.unitChart, 'till', { metadata: { name: 'till' }, data: { currency: 'CNY' } });
    },
    () => {
      const south = new EdgeCluster(app, 'south', { wave: 3, namespace: 'apps' });
      const sz = new NodeUnit(south, 'shenzhen', { nodes: ['sz-1'] });
      new NodeGroup(south, 'region', { nodeUnits: [sz] });
    },
  ];
  for (const d of order === 'forward' ? declare : [...declare].reverse()) d();
  return app;
}

const ARGO = { engine: GitOpsEngine.ARGO_CD, repoUrl: 'https://git.example.com/edge/fleet.git', revision: 'main', repoPath: 'gitops' };
const FLUX = { engine: GitOpsEngine.FLUX, repoUrl: 'https://git.example.com/edge/fleet.git', repoPath: 'gitops' };

describe('the issue\'s program, as written, with a cluster and grids around it', () => {
  const cwd = process.cwd();
  let work: string;
  let app: App;
  let cluster: EdgeCluster;
  beforeAll(() => {
    work = tmp();
    process.chdir(work); // 'gitops' is relative to the repository's root: here, a scratch folder
    app = Testing.app();
    cluster = new EdgeCluster(app, 'edge');
    gridProgram(cluster);
    ControllerPreview.of(cluster).addChart();
    // --- the issue's program ---
    const factory = new KinsUnit(cluster, 'factory', { nodes: ['f-1', 'f-2', 'f-3'], mode: KinsMode.THREE_MASTERS, wave: 2 });
    new kplus.Deployment(factory.unitChart, 'plc-gateway', { containers: [{ image: 'factory/plc-gw:2.1', portNumber: 8080 }] });
    GitOpsLayout.write(app, 'gitops', {
      engine: GitOpsEngine.ARGO_CD, // or GitOpsEngine.FLUX, or GitOpsEngine.KUSTOMIZE (trees only)
      repoUrl: 'https://git.example.com/edge/fleet.git',
      revision: 'main',
      progressive: true, // Argo CD rolling sync by wave
    });
  });
  afterAll(() => process.chdir(cwd));

  test('one tree per target, the ApplicationSet beside them, previews apart', () => {
    const files = snapshot(path.join(work, 'gitops')).map(([f]) => f);
    expect(files).toEqual(expect.arrayContaining([
      '.cdk8s-superedge-gitops.yaml',
      'argocd/ApplicationSet.argoproj.io.fleet.yaml',
      'argocd/kustomization.yaml',
      'clusters/edge/kustomization.yaml',
      'clusters/edge/_cluster/NodeUnit.site.superedge.io.factory.yaml',
      'clusters/edge/_namespaced/DeploymentGrid.superedge.io.nginx.yaml',
      'kins/edge-factory/kustomization.yaml',
      'kins/edge-factory/_namespaced/Deployment.apps.plc-gateway.yaml',
      'previews/edge-controller-preview/kustomization.yaml',
    ]));
    // The unit's objects are in its own tree only.
    expect(files.filter(f => f.startsWith('clusters/') && f.includes('plc-gateway'))).toEqual([]);
    expect(fs.existsSync(path.join(work, 'gitops', 'flux'))).toBe(false);
  });

  test('the ApplicationSet: one element per target, destination and path, a rolling sync by wave', () => {
    const [appSet] = load(path.join(work, 'gitops/argocd/ApplicationSet.argoproj.io.fleet.yaml'));
    expect(engineSchemaProblems([appSet])).toEqual([]);
    expect(appSet.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(appSet.metadata).toEqual({ name: 'fleet', namespace: 'argocd' });
    expect(appSet.spec.generators[0].list.elements).toEqual([
      { destination: 'edge', name: 'edge', path: 'gitops/clusters/edge', wave: '1' },
      { destination: 'edge-factory', name: 'edge-factory', path: 'gitops/kins/edge-factory', wave: '2' },
    ]);
    expect(appSet.spec.strategy).toEqual({
      type: 'RollingSync',
      rollingSync: {
        steps: [
          { matchExpressions: [{ key: 'cdk8s-superedge.io/wave', operator: 'In', values: ['1'] }] },
          { matchExpressions: [{ key: 'cdk8s-superedge.io/wave', operator: 'In', values: ['2'] }] },
        ],
      },
    });
    const tpl = appSet.spec.template;
    expect(tpl.metadata).toEqual({ name: '{{.name}}', labels: { 'cdk8s-superedge.io/wave': '{{.wave}}' } });
    expect(tpl.spec.source).toEqual({ repoURL: 'https://git.example.com/edge/fleet.git', targetRevision: 'main', path: '{{.path}}' });
    expect(tpl.spec.destination).toEqual({ name: '{{.destination}}' });
    expect(tpl.spec.syncPolicy).toBeUndefined(); // rolling sync turns auto-sync off anyway
    // Every target is in exactly one step.
    for (const e of appSet.spec.generators[0].list.elements) {
      expect(appSet.spec.strategy.rollingSync.steps.filter((s: any) => s.matchExpressions[0].values.includes(e.wave))).toHaveLength(1);
    }
  });

  test('the target trees hold what app.synth() gives each chart, and are schema-valid', () => {
    const unitObjects = snapshot(path.join(work, 'gitops/kins/edge-factory')).filter(([f]) => f !== 'kustomization.yaml').flatMap(([f]) => load(path.join(work, 'gitops/kins/edge-factory', f)));
    expect(unitObjects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual(['Deployment/plc-gateway']);
    expect(unitObjects[0].spec.template.spec.containers[0].image).toBe('factory/plc-gw:2.1');
    expect(schemaProblems(unitObjects)).toEqual([]);
    // The parent cluster's own output never has the unit's objects.
    expect(cluster.toJson().some(o => o.metadata?.name === 'plc-gateway')).toBe(false);
    const synthOut = tmp();
    const synthApp = new App({ outdir: synthOut });
    const c2 = new EdgeCluster(synthApp, 'edge');
    const u = new KinsUnit(c2, 'factory', { nodes: ['f-1'] });
    new kplus.ConfigMap(u.unitChart, 'inside', { metadata: { name: 'inside' } });
    synthApp.synth();
    const edgeFile = fs.readFileSync(path.join(synthOut, 'edge.k8s.yaml'), 'utf-8');
    expect(edgeFile).not.toContain('inside');
    expect(fs.readdirSync(synthOut).filter(f => f !== 'edge.k8s.yaml').map(f => fs.readFileSync(path.join(synthOut, f), 'utf-8')).join('')).toContain('name: inside');
  });

  (HAVE_KUBECTL ? test : test.skip)('kubectl kustomize builds every target and the engine folder', () => {
    for (const folder of ['clusters/edge', 'kins/edge-factory', 'argocd']) {
      const built = execFileSync('kubectl', ['kustomize', path.join(work, 'gitops', folder)], { encoding: 'utf-8' });
      expect(built).toMatch(/^kind: /m);
    }
    const edge = execFileSync('kubectl', ['kustomize', path.join(work, 'gitops/clusters/edge')], { encoding: 'utf-8' });
    expect((edge.match(/^kind: /gm) ?? []).length).toBe(cluster.toJson().length);
  });
});

describe('Flux', () => {
  test('a GitRepository and one Kustomization per target: paths, dependsOn by wave, kubeconfig Secrets named for remote targets', () => {
    const out = tmp();
    GitOpsLayout.write(fleet('forward'), out, { ...FLUX, repoSecretName: 'fleet-git', kubeConfigSecrets: { 'shop-k3s': 'shop-admin' } });
    const dir = path.join(out, 'flux');
    const [repo] = load(path.join(dir, 'GitRepository.source.toolkit.fluxcd.io.fleet.yaml'));
    expect(engineSchemaProblems([repo])).toEqual([]);
    expect(repo.spec).toEqual({ interval: '1m', url: 'https://git.example.com/edge/fleet.git', ref: { branch: 'main' }, secretRef: { name: 'fleet-git' } });
    const ks = (name: string) => {
      const [k] = load(path.join(dir, `Kustomization.kustomize.toolkit.fluxcd.io.${name}.yaml`));
      expect(k.apiVersion).toBe('kustomize.toolkit.fluxcd.io/v1');
      expect(k.metadata).toEqual({ name, namespace: 'flux-system' });
      return k.spec;
    };
    // Two clusters: every target is remote. Waves: edge 1, shop-k3s 1 (its cluster's), edge-factory 2, south 3.
    expect(ks('edge')).toMatchObject({ path: './gitops/clusters/edge', prune: true, sourceRef: { kind: 'GitRepository', name: 'fleet' }, kubeConfig: { secretRef: { name: 'edge-kubeconfig' } } });
    expect(ks('edge').dependsOn).toBeUndefined();
    expect(ks('shop-k3s')).toMatchObject({ path: './gitops/kins/shop-k3s', kubeConfig: { secretRef: { name: 'shop-admin' } } });
    expect(ks('shop-k3s').dependsOn).toBeUndefined();
    expect(ks('edge-factory')).toMatchObject({ path: './gitops/kins/edge-factory', dependsOn: [{ name: 'edge' }, { name: 'shop-k3s' }], kubeConfig: { secretRef: { name: 'edge-factory-kubeconfig' } } });
    expect(ks('south').dependsOn).toEqual([{ name: 'edge-factory' }]);
    const all = fs.readdirSync(dir).filter(f => f !== 'kustomization.yaml').flatMap(f => load(path.join(dir, f)));
    expect(all.map(o => o.kind).sort()).toEqual(['GitRepository', 'Kustomization', 'Kustomization', 'Kustomization', 'Kustomization']);
    expect(engineSchemaProblems(all)).toEqual([]);
    // The Secrets are named, never written.
    expect(snapshot(out).filter(([, c]) => /^kind: Secret$/m.test(c))).toEqual([]);
    expect(load(path.join(dir, 'kustomization.yaml'))[0].resources).toHaveLength(5);
    if (HAVE_KUBECTL) {
      for (const f of ['clusters/edge', 'clusters/south', 'kins/edge-factory', 'kins/shop-k3s', 'flux']) {
        expect(execFileSync('kubectl', ['kustomize', path.join(out, f)], { encoding: 'utf-8' })).toMatch(/^kind: /m);
      }
    }
  });

  test('with one EdgeCluster Flux runs in it: no kubeconfig there, one for each Kins unit; revisions map to refs', () => {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    const k = new KinsUnit(c, 'factory', { nodes: ['f-1'] });
    new kplus.ConfigMap(k.unitChart, 'x', { metadata: { name: 'x' } });
    const out = tmp();
    GitOpsLayout.write(app, out, { ...FLUX, revision: 'refs/tags/v1.2.0' });
    const [edge] = load(path.join(out, 'flux/Kustomization.kustomize.toolkit.fluxcd.io.edge.yaml'));
    const [unit] = load(path.join(out, 'flux/Kustomization.kustomize.toolkit.fluxcd.io.edge-factory.yaml'));
    expect(edge.spec.kubeConfig).toBeUndefined();
    expect(unit.spec.kubeConfig).toEqual({ secretRef: { name: 'edge-factory-kubeconfig' } });
    const [repo] = load(path.join(out, 'flux/GitRepository.source.toolkit.fluxcd.io.fleet.yaml'));
    expect(repo.spec.ref).toEqual({ name: 'refs/tags/v1.2.0' });
  });
});

describe('GitOpsLayout output', () => {
  test('is byte-stable whatever the declaration order', () => {
    for (const props of [ARGO, FLUX, { engine: GitOpsEngine.KUSTOMIZE, repoPath: 'gitops' }]) {
      const a = tmp();
      const b = tmp();
      GitOpsLayout.write(fleet('forward'), a, props);
      GitOpsLayout.write(fleet('reverse'), b, props);
      expect(snapshot(b)).toEqual(snapshot(a));
    }
  });

  test('without progressive, Applications sync automatically and there is no strategy', () => {
    const out = tmp();
    GitOpsLayout.write(fleet('forward'), out, ARGO);
    const [appSet] = load(path.join(out, 'argocd/ApplicationSet.argoproj.io.fleet.yaml'));
    expect(engineSchemaProblems([appSet])).toEqual([]);
    expect(appSet.spec.strategy).toBeUndefined();
    expect(appSet.spec.template.spec.syncPolicy).toEqual({ automated: { prune: true, selfHeal: true } });
    expect(appSet.spec.generators[0].list.elements.map((e: any) => e.name)).toEqual(['edge', 'edge-factory', 'shop-k3s', 'south']);
  });

  test('the KUSTOMIZE engine writes the trees and the index only', () => {
    const out = tmp();
    const files = GitOpsLayout.write(fleet('forward'), out, { engine: GitOpsEngine.KUSTOMIZE, repoPath: '' });
    expect(files.some(f => f.startsWith('argocd') || f.startsWith('flux'))).toBe(false);
    const [index] = load(path.join(out, '.cdk8s-superedge-gitops.yaml'));
    expect(index).toEqual({
      engine: 'kustomize',
      repoPath: '',
      targets: [
        { folder: 'clusters/edge', kind: 'cluster', name: 'edge', wave: 1 },
        { folder: 'kins/edge-factory', kind: 'kins', name: 'edge-factory', wave: 2 },
        { folder: 'kins/shop-k3s', kind: 'kins', name: 'shop-k3s', wave: 1 },
        { folder: 'clusters/south', kind: 'cluster', name: 'south', wave: 3 },
      ],
      waves: [1, 2, 3],
    });
  });

  test('a rewrite replaces the layout\'s folders whole and keeps what is not the layout\'s', () => {
    const out = tmp();
    GitOpsLayout.write(fleet('forward'), out, ARGO);
    fs.writeFileSync(path.join(out, 'README.md'), 'not ours');
    const app = Testing.app();
    new EdgeCluster(app, 'edge');
    GitOpsLayout.write(app, out, ARGO);
    expect(fs.existsSync(path.join(out, 'kins'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'clusters/south'))).toBe(false);
    expect(fs.readFileSync(path.join(out, 'README.md'), 'utf-8')).toBe('not ours');
  });
});

describe('GitOpsLayout refuses, writing nothing', () => {
  function refused(app: App, props: any, pattern: RegExp): void {
    const out = path.join(tmp(), 'layout');
    expect(() => GitOpsLayout.write(app, out, props)).toThrow(pattern);
    expect(fs.existsSync(out)).toBe(false);
  }

  test('a target in no step of the waves', () => {
    refused(fleet('forward'), { ...ARGO, progressive: true, waves: [1, 3] },
      /\[edge\/factory\] GitOps target "edge-factory" is in wave 2, which is in no step of waves \[1, 3\]: Argo CD's rolling sync silently skips an Application no step selects.*Fix: add 2 to waves/);
  });

  test('a wave listed twice (its targets would be in two steps)', () => {
    refused(fleet('forward'), { ...ARGO, progressive: true, waves: [1, 2, 2, 3] }, /waves: wave 2 is listed twice/);
  });

  test('a target name longer than 63 characters, never truncated', () => {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    const long = `factory-${'x'.repeat(60)}`;
    const k = new KinsUnit(c, 'factory', { nodes: ['f-1'], gitOpsName: long });
    new kplus.ConfigMap(k.unitChart, 'x', { metadata: { name: 'x' } });
    refused(app, ARGO, new RegExp(`\\[edge/factory\\] GitOps target name "${long}" \\(68 characters\\) is not a DNS label of at most 63 characters.*never truncated. Fix: change its gitOpsName, e.g. gitOpsName: 'factory-x+'`));
  });

  test('a default name that is too long says to set gitOpsName', () => {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge-cluster-of-the-southern-region-with-a-long-name');
    const k = new KinsUnit(c, 'factory-line', { nodes: ['f-1'] });
    new kplus.ConfigMap(k.unitChart, 'x', { metadata: { name: 'x' } });
    refused(app, ARGO, /GitOps target name "edge-cluster-of-the-southern-region-with-a-long-name-factory-line" \(65 characters\).*Fix: set its gitOpsName/);
  });

  test('two targets with one name', () => {
    const app = Testing.app();
    new EdgeCluster(app, 'a', { gitOpsName: 'same' });
    new EdgeCluster(app, 'b', { gitOpsName: 'same' });
    refused(app, ARGO, /\[a, b\] these GitOps targets share the name "same"/);
  });

  test('credentials in repoUrl', () => {
    refused(fleet('forward'), { ...ARGO, repoUrl: 'https://bot:s3cret@git.example.com/edge/fleet.git' },
      /repoUrl has credentials in it \(https:\/\/user:\*\*\*@git.example.com\.\.\.\).*Fix: pass the URL without them and keep them in a Secret/);
    refused(fleet('forward'), { ...FLUX, repoUrl: 'https://ghp_token@github.com/edge/fleet.git' }, /repoUrl has credentials in it/);
    // The message never repeats the secret.
    try {
      GitOpsLayout.write(fleet('forward'), tmp(), { ...ARGO, repoUrl: 'https://bot:s3cret@git.example.com/x.git' });
    } catch (e: any) {
      expect(e.message).not.toContain('s3cret');
    }
  });

  test('an ssh URL with only the git user is fine', () => {
    const out = tmp();
    GitOpsLayout.write(fleet('forward'), out, { ...FLUX, repoUrl: 'ssh://git@git.example.com/edge/fleet.git' });
    expect(load(path.join(out, 'flux/GitRepository.source.toolkit.fluxcd.io.fleet.yaml'))[0].spec.url).toBe('ssh://git@git.example.com/edge/fleet.git');
  });

  test('bad input from any language: wrong types, missing repoUrl, unknown targets, absolute dir without repoPath', () => {
    const app = fleet('forward');
    refused(app, { engine: GitOpsEngine.ARGO_CD }, /repoUrl is missing/);
    refused(app, { ...FLUX, kubeConfigSecrets: { nowhere: 'x' } }, /kubeConfigSecrets names "nowhere", which is not a target; the targets are edge, edge-factory, shop-k3s, south/);
    refused(app, { ...ARGO, repoPath: undefined }, /is absolute, so the targets' paths in the repository are unknown. Fix: pass repoPath/);
    refused(app, { ...ARGO, repoPath: '../elsewhere' }, /must be a folder inside the repository/);
    expect(() => GitOpsLayout.write(app, tmp(), { engine: 'argo' } as any)).toThrow(/engine must be one of GitOpsEngine.ARGO_CD/);
    const bad = Testing.app();
    new EdgeCluster(bad, 'edge', { wave: '2' as any });
    refused(bad, ARGO, /\[edge\] wave "2" is not a whole number of at least 0/);
  });

  test('a chart that is no target', () => {
    const app = Testing.app();
    new EdgeCluster(app, 'edge');
    new Chart(app, 'loose');
    refused(app, ARGO, /\[loose\] this chart is neither an EdgeCluster nor a Kins unit chart/);
  });

  test('a broken topology (the app is validated first)', () => {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    new NodeUnit(c, 'Bad_Name', { nodes: ['n-1'] });
    refused(app, ARGO, /SE-U01/);
  });
});

test('the schema check of the engine objects can fail', () => {
  expect(engineSchemaProblems([{ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'x' }, spec: { interval: '1m', prune: 'yes', sourceRef: { kind: 'GitRepository', name: 'a' } } }]))
    .toEqual(['Kustomization x: data/spec/prune must be boolean']);
});

test('SuperEdge objects in a unit chart are refused (no SuperEdge controller runs in the unit cluster)', () => {
  const app = Testing.app();
  const c = new EdgeCluster(app, 'edge');
  const k = new KinsUnit(c, 'factory', { nodes: ['f-1'] });
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
  new NodeGroup(k.unitChart, 'inside', { nodeUnits: [bj] });
  new kplus.ConfigMap(k.unitChart, 'fine', { metadata: { name: 'fine' } });
  const out = path.join(tmp(), 'layout');
  expect(() => GitOpsLayout.write(app, out, ARGO)).toThrow(/\[edge\/factory\/UnitChart\] NodeGroup "inside" \(edge\/factory\/UnitChart\/inside\) is in a Kins unit's unitChart.*Fix: declare it in the EdgeCluster/);
  expect(fs.existsSync(out)).toBe(false);
});

describe('GitOpsLayout writes with the fast YAML writer the bytes Yaml.stringify writes', () => {
  for (const [engine, props] of [['Argo CD', ARGO], ['Flux', FLUX]] as const) {
    test(`${engine}: a fleet with hostile strings, every file the same bytes as with Yaml.stringify`, () => {
      const reference = tmp();
      const stringified = withYamlStringify(m => {
        const engines = { 'Argo CD': m.lib.GitOpsEngine.ARGO_CD, 'Flux': m.lib.GitOpsEngine.FLUX };
        m.lib.GitOpsLayout.write(hostileFleet(m), reference, { ...props, engine: engines[engine] });
      });
      const out = tmp();
      const files = GitOpsLayout.write(hostileFleet({ cdk8s, kplus, lib }), out, props);
      expect(stringified).toBe(files.length); // every file went through Yaml.stringify there
      expect(snapshot(out)).toEqual(snapshot(reference));
      expect(files).toEqual(expect.arrayContaining(['clusters/edge/ops/Widget.example.com.w.yaml', 'kins/edge-factory/_namespaced/ConfigMap.plc.yaml']));
      const widget = fs.readFileSync(path.join(out, 'clusters/edge/ops/Widget.example.com.w.yaml'), 'utf-8');
      for (const line of ['  a:b: "yes"', '  "c: d": 1', '  "? q": true', '  "y": "n"', '    - -0']) expect(widget).toContain(`${line}\n`);
      expect(load(path.join(out, 'kins/edge-factory/_namespaced/ConfigMap.plc.yaml'))[0].data).toEqual({ Yes: 'TRUE', text: 'x\ny', port: '0502' });
    });
  }
});

describe('GitOpsLayout writes never damage what was there', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeFs = require('fs'); // the module itself: the layout reads its functions from it at call time

  function failing(name: 'writeFileSync' | 'renameSync', call: number): { calls: () => number; restore: () => void } {
    const real = nodeFs[name];
    let calls = 0;
    const spy = jest.spyOn(nodeFs, name).mockImplementation((...args: any[]) => {
      if (++calls === call) throw new Error(`EIO: ${name} failed`);
      return real(...args);
    });
    return { calls: () => calls, restore: () => spy.mockRestore() };
  }

  test('an error in the middle of a write leaves the earlier layout untouched, and no temporary folder behind', () => {
    const root = tmp();
    const out = path.join(root, 'gitops');
    GitOpsLayout.write(fleet('forward'), out, ARGO);
    fs.writeFileSync(path.join(out, 'README.md'), 'not ours');
    const before = snapshot(out);
    const app = Testing.app();
    new EdgeCluster(app, 'edge');
    const spy = failing('writeFileSync', 3);
    try {
      expect(() => GitOpsLayout.write(app, out, ARGO)).toThrow(/could not write .*gitops \(EIO: writeFileSync failed\); nothing in it was changed/);
    } finally {
      spy.restore();
    }
    expect(spy.calls()).toBe(3);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(root)).toEqual(['gitops']);
  });

  test('when the new layout cannot be renamed in, the earlier one is put back', () => {
    const root = tmp();
    const out = path.join(root, 'gitops');
    GitOpsLayout.write(fleet('forward'), out, ARGO);
    const before = snapshot(out);
    const app = Testing.app();
    new EdgeCluster(app, 'edge');
    const spy = failing('renameSync', 2); // 1: the old layout renamed away, 2: the new one renamed in
    try {
      expect(() => GitOpsLayout.write(app, out, ARGO)).toThrow(/could not write .*gitops \(EIO: renameSync failed\); nothing in it was changed/);
    } finally {
      spy.restore();
    }
    expect(spy.calls()).toBe(3); // 3: the old layout renamed back
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(root)).toEqual(['gitops']);
  });
});
