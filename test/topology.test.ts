import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, JsonPatch, Testing, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  EdgeCluster, EdgeNode, KinsMode, KinsUnit, NodeArchitecture, NodeGroup, NodeUnit, NodeUnitType,
  Platform, SelectorOperator,
} from '../src';
import { schemaProblems } from './support/schema';
import { cluster, find, synth, synthError } from './support/synth';

function seed(c: EdgeCluster) {
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1', 'bj-2'] });
  const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
  const location = new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
  new KinsUnit(c, 'demo', { nodes: ['k-1', 'k-2', 'k-3'], mode: KinsMode.THREE_MASTERS });
  return { bj, gz, location };
}

describe('the seed program', () => {
  test('synthesizes to files with app.synth()', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
    const app = new App({ outdir });
    const c = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
    seed(c);
    app.synth();
    const text = fs.readFileSync(path.join(outdir, 'edge.k8s.yaml'), 'utf-8');
    expect(text).toContain('kind: NodeGroup');
    expect(text).toMatchSnapshot();
  });

  test('every object is schema-valid', () => {
    const c = cluster({ podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
    seed(c);
    expect(schemaProblems(synth(c))).toEqual([]);
  });

  test('emits only site.superedge.io/v1alpha2, cluster-scoped, names from construct ids', () => {
    const c = cluster({}, 'edge');
    seed(c);
    const objs = synth(c);
    expect(objs.map(o => `${o.apiVersion} ${o.kind} ${o.metadata.name}`)).toEqual([
      'site.superedge.io/v1alpha2 NodeUnit beijing',
      'site.superedge.io/v1alpha2 NodeUnit demo',
      'site.superedge.io/v1alpha2 NodeUnit guangzhou',
      'site.superedge.io/v1alpha2 NodeGroup location',
    ]);
    expect(objs.every(o => o.metadata.namespace === undefined)).toBe(true);
  });

  test('a cluster with no props is valid', () => {
    const c = cluster();
    new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    expect(synthError(c)).toBe('');
  });
});

describe('NodeUnit', () => {
  test('writes what site-manager would add, so GitOps sees no drift', () => {
    const c = cluster();
    seed(c);
    const bj = find(synth(c), 'NodeUnit', 'beijing');
    expect(bj.metadata.labels).toEqual({ location: 'nodegroups.superedge.io' });
    expect(bj.spec.setNode.labels).toEqual({ beijing: 'nodeunits.superedge.io', location: 'beijing' });
    expect(bj.spec).toMatchObject({ type: 'edge', autonomyLevel: 'L3', unschedulable: false, nodes: ['bj-1', 'bj-2'] });
  });

  test('name prop overrides the construct id', () => {
    const c = cluster();
    new NodeUnit(c, 'Beijing', { name: 'bj', nodes: ['bj-1'] });
    expect(find(synth(c), 'NodeUnit', 'bj').spec.setNode.labels).toEqual({ bj: 'nodeunits.superedge.io' });
  });

  test('selector, type, setNode labels/annotations/taints, unschedulable, unit labels', () => {
    const c = cluster();
    new NodeUnit(c, 'cloud', {
      selector: { matchLabels: { role: 'cloud' }, matchExpressions: [{ key: 'zone', operator: SelectorOperator.IN, values: ['a'] }] },
      type: NodeUnitType.CLOUD,
      nodeLabels: { tier: 'cloud' },
      nodeAnnotations: { owner: 'ops' },
      nodeTaints: [{ key: 'dedicated', value: 'cloud', effect: kplus.TaintEffect.NO_EXECUTE }],
      unschedulable: true,
      unitLabels: { region: 'north' },
    });
    const u = find(synth(c), 'NodeUnit', 'cloud');
    expect(u.metadata.labels).toEqual({ region: 'north' });
    expect(u.spec).toEqual({
      type: 'cloud',
      unschedulable: true,
      autonomyLevel: 'L3',
      selector: { matchLabels: { role: 'cloud' }, matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] },
      setNode: {
        labels: { cloud: 'nodeunits.superedge.io', tier: 'cloud' },
        annotations: { owner: 'ops' },
        taints: [{ key: 'dedicated', value: 'cloud', effect: 'NoExecute' }],
      },
    });
  });

  test('references are never emitted and can join groups', () => {
    const c = cluster();
    const all = NodeUnit.allNodes(c);
    const other = NodeUnit.fromName(c, 'other', 'shanghai');
    expect(all.unitName).toBe('unit-node-all');
    new NodeGroup(c, 'remote', { nodeUnits: [other] });
    const objs = synth(c);
    expect(objs.map(o => o.metadata.name)).toEqual(['remote']);
    expect(objs[0].spec.nodeUnits).toEqual(['shanghai']);
  });

  test('GPU units label their nodes nvidia-device-enable=enable', () => {
    const c = cluster();
    new NodeUnit(c, 'gpu', { edgeNodes: [new EdgeNode({ name: 'g-1', gpu: true, architecture: NodeArchitecture.AMD64 })] });
    new NodeUnit(c, 'cpu', { nodes: ['c-1'] });
    const objs = synth(c);
    expect(find(objs, 'NodeUnit', 'gpu').spec.setNode.labels['nvidia-device-enable']).toBe('enable');
    expect(find(objs, 'NodeUnit', 'cpu').spec.setNode.labels['nvidia-device-enable']).toBeUndefined();
  });

  test('node facts declared in one unit apply where the node is listed by name', () => {
    const c = cluster();
    const g1 = new EdgeNode({ name: 'g-1', gpu: true });
    new NodeUnit(c, 'gpu-site', { edgeNodes: [g1] });
    new NodeUnit(c, 'all-gpus', { nodes: ['g-1'] });
    expect(find(synth(c), 'NodeUnit', 'all-gpus').spec.setNode.labels['nvidia-device-enable']).toBe('enable');
  });

  test('addNode / addNodeLabel / addNodeTaint build up a unit', () => {
    const c = cluster();
    const u = new NodeUnit(c, 'site');
    u.addNode('n-2', 'n-1');
    u.addNodeLabel('tier', 'edge');
    u.addNodeTaint({ key: 'x', effect: kplus.TaintEffect.PREFER_NO_SCHEDULE });
    const o = find(synth(c), 'NodeUnit', 'site');
    expect(o.spec.nodes).toEqual(['n-1', 'n-2']);
    expect(o.spec.setNode.labels.tier).toBe('edge');
    expect(o.spec.setNode.taints).toEqual([{ key: 'x', effect: 'PreferNoSchedule' }]);
  });
});

describe('escape hatch', () => {
  test('JSON patches apply to the rendered object, spec included', () => {
    const c = cluster();
    const u = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    ApiObject.of(u).addJsonPatch(JsonPatch.add('/spec/setNode/annotations', { owner: 'ops' }), JsonPatch.replace('/spec/type', 'other'));
    const o = find(synth(c), 'NodeUnit', 'beijing');
    expect(o.spec.setNode.annotations).toEqual({ owner: 'ops' });
    expect(o.spec.type).toBe('other');
  });

  test('a patch that does not apply names the object', () => {
    const c = cluster();
    const u = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    ApiObject.of(u).addJsonPatch(JsonPatch.replace('/spec/nothing/here', 1));
    expect(() => synth(c)).toThrow(/Failed applying JSON patches to NodeUnit "beijing" at edge\/beijing\/Resource/);
  });
});

describe('NodeGroup', () => {
  test('lists units sorted; addNodeUnit labels the unit too', () => {
    const c = cluster();
    const g = new NodeGroup(c, 'location');
    const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1'] });
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    g.addNodeUnit(gz, bj);
    const objs = synth(c);
    expect(find(objs, 'NodeGroup', 'location').spec).toEqual({ nodeUnits: ['beijing', 'guangzhou'] });
    expect(find(objs, 'NodeUnit', 'guangzhou').spec.setNode.labels.location).toBe('guangzhou');
  });

  test('a unit selector and autoFindNodeKeys are emitted; selected declared units get the labels', () => {
    const c = cluster();
    new NodeUnit(c, 'hz', { nodes: ['hz-1'], unitLabels: { region: 'east' } });
    new NodeUnit(c, 'sz', { nodes: ['sz-1'], unitLabels: { region: 'south' } });
    const g = new NodeGroup(c, 'east', { unitSelector: { matchLabels: { region: 'east' } }, autoFindNodeKeys: ['zone'] });
    const objs = synth(c);
    expect(find(objs, 'NodeGroup', 'east').spec).toEqual({ selector: { matchLabels: { region: 'east' } }, autoFindNodeKeys: ['zone'] });
    expect(find(objs, 'NodeUnit', 'hz').spec.setNode.labels.east).toBe('hz');
    expect(find(objs, 'NodeUnit', 'sz').spec.setNode.labels.east).toBeUndefined();
    expect(g.nodeUnits.map(u => u.unitName)).toEqual(['hz']);
  });

  test('a unit can be in several groups', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    new NodeGroup(c, 'location', { nodeUnits: [bj] });
    new NodeGroup(c, 'north', { nodeUnits: [bj] });
    const u = find(synth(c), 'NodeUnit', 'beijing');
    expect(u.metadata.labels).toEqual({ location: 'nodegroups.superedge.io', north: 'nodegroups.superedge.io' });
    expect(u.spec.setNode.labels).toEqual({ beijing: 'nodeunits.superedge.io', location: 'beijing', north: 'beijing' });
  });
});

describe('KinsUnit', () => {
  test('L5 with parameters, kins taint pre-populated, storage type', () => {
    const c = cluster();
    new KinsUnit(c, 'demo', {
      nodes: ['k-1', 'k-2', 'k-3'],
      mode: KinsMode.THREE_MASTERS,
      k3sImage: 'reg/k3s:v1',
      criwImage: 'reg/criw:v1',
      serviceCidr: '26.1.0.0/16',
      nodePortRange: '30000-31000',
    });
    const u = find(synth(c), 'NodeUnit', 'demo');
    expect(u.spec.autonomyLevel).toBe('L5');
    expect(u.spec.type).toBe('edge');
    expect(u.spec.setNode.taints).toEqual([{ key: 'kins', effect: 'NoSchedule' }]);
    expect(u.spec.unitClusterInfo).toEqual({
      storageType: 'etcd',
      parameters: { 'k3s-image': 'reg/k3s:v1', 'criw-image': 'reg/criw:v1', 'service-cidr': '26.1.0.0/16', 'node-port-range': '30000-31000' },
    });
    expect(u.spec.unitCredentialConfigMapRef).toBeUndefined();
  });

  test('single master by default (L4)', () => {
    const c = cluster();
    new KinsUnit(c, 'shop', { nodes: ['s-1'] });
    const u = find(synth(c), 'NodeUnit', 'shop');
    expect(u.spec.autonomyLevel).toBe('L4');
    expect(u.spec.unitClusterInfo.storageType).toBe('sqlite');
  });

  test('the public-access password is only a Secret reference', () => {
    const c = cluster();
    const secret = kplus.Secret.fromSecretName(c, 'pw', 'kins-public-access');
    new KinsUnit(c, 'shop', { nodes: ['s-1'], publicAccessPassword: { secret, key: 'password' } });
    const u = find(synth(c), 'NodeUnit', 'shop');
    expect(u.metadata.annotations).toEqual({ 'cdk8s-superedge.io/public-access-password-secret': 'kins-public-access/password' });
    expect(synth(c).filter(o => o.kind === 'Secret')).toEqual([]);
  });

  test('allowOn() adds the kins:NoSchedule toleration to a workload', () => {
    const c = cluster();
    const k = new KinsUnit(c, 'shop', { nodes: ['s-1'] });
    const d = new kplus.Deployment(c, 'app', { containers: [{ image: 'nginx' }] });
    k.allowOn(d);
    const dep = synth(c).find(o => o.kind === 'Deployment');
    expect(dep.spec.template.spec.tolerations).toEqual([{ key: 'kins', operator: 'Exists', effect: 'NoSchedule' }]);
  });
});

describe('determinism', () => {
  function build(order: number[]): string {
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    const units = [
      () => new NodeUnit(c, 'beijing', { nodes: ['bj-2', 'bj-1'] }),
      () => new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'gz-3', 'gz-2'] }),
      () => new NodeUnit(c, 'shanghai', { nodes: ['sh-1'] }),
    ];
    const made = order.map(i => units[i]());
    new NodeGroup(c, 'location', { nodeUnits: [...made].reverse() });
    return app.synthYaml();
  }

  test('same bytes whatever the declaration order of sites, nodes and members', () => {
    const a = build([0, 1, 2]);
    expect(build([2, 0, 1])).toBe(a);
    expect(build([1, 2, 0])).toBe(a);
  });
});

describe('synthesis after changes in the same task', () => {
  test('toJson() validates again when the tree changed since the last validation', () => {
    const c = cluster();
    new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    const app = c.node.root as App;
    const first = app.synthYaml();
    expect(synth(c)).toHaveLength(1);
    new NodeUnit(c, 'Broken', { nodes: ['x-1'] });
    expect(() => c.toJson()).toThrow(/SE-U01/);
    expect(first).toContain('name: beijing');
  });
});

describe('rendering paths', () => {
  function build(app: App) {
    const a = new EdgeCluster(app, 'north');
    const b = new EdgeCluster(app, 'south');
    const bj = new NodeUnit(a, 'beijing', { nodes: ['bj-1'] });
    new NodeGroup(a, 'location', { nodeUnits: [bj] });
    new KinsUnit(b, 'shop', { nodes: ['s-1'] });
    new kplus.ConfigMap(b, 'settings', { data: { mode: 'edge' } });
    return { a, b };
  }

  test('app.synth() (validated, direct rendering) and chart.toJson() (cdk8s path) give the same objects', () => {
    const validated = Testing.app();
    build(validated);
    const viaSynth = validated.synthYaml();
    const plain = Testing.app();
    const { a, b } = build(plain);
    expect(viaSynth).toBe(Yaml.stringify(...a.toJson(), ...b.toJson()));
  });

  test('two clusters in one app keep their own objects', () => {
    const app = Testing.app();
    const { a, b } = build(app);
    app.synthYaml();
    expect(a.toJson().map((o: any) => o.metadata.name)).toEqual(['beijing', 'location']);
    expect(b.toJson().map((o: any) => `${o.kind}/${o.metadata.name}`)).toEqual(['ConfigMap/south-settings', 'NodeUnit/shop']);
  });
});

describe('platform', () => {
  test('defaults to open-source SuperEdge', () => {
    expect(cluster().platform).toBe(Platform.SUPEREDGE);
  });
  test('constructs outside an EdgeCluster are refused at once', () => {
    const chart = Testing.chart();
    expect(() => new NodeUnit(chart, 'x')).toThrow(/must be defined inside an EdgeCluster/);
  });
});
