import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  ClusterSpecification, ContainerRuntime, EdgeCluster, EdgeNode, Findings, KinsMode, KinsUnit, KubernetesVersion,
  NodeGroup, NodeUnit, NodeUnitType, Platform, Severity,
} from '../src';
import { cluster, findingsOf, synthError } from './support/synth';
import { RULES } from '../src/validation/rules';

describe('names and nodes', () => {
  test('SE-U01: unit names are lower-case label keys/values', () => {
    const c = cluster();
    new NodeUnit(c, 'Bei_Jing', { nodes: ['bj-1'] });
    new NodeUnit(c, 'x'.repeat(64), { nodes: ['x-1'] });
    const f = findingsOf(c, 'SE-U01');
    expect(f[0]).toBe('[edge/Bei_Jing] SE-U01: NodeUnit name "Bei_Jing" is not usable: it has upper-case letters; SuperEdge writes it on nodes as the label key "Bei_Jing" and as the value of each group\'s label. Fix: pass a lower-case name of at most 63 characters, e.g. name: \'bei-jing\'');
    expect(f[1]).toContain('it has 64 characters (at most 63)');
  });

  test('SE-U02: unit-node-all is reserved', () => {
    const c = cluster();
    new NodeUnit(c, 'unit-node-all', { nodes: ['a'] });
    expect(findingsOf(c, 'SE-U02')[0]).toContain('reference it with NodeUnit.allNodes(scope)');
  });

  test('SE-N01 / SE-N02: node names are DNS names, never bare IPs', () => {
    const c = cluster();
    new NodeUnit(c, 'site', { nodes: ['Node_1', '10.0.0.5', 'ok-1'] });
    expect(findingsOf(c, 'SE-N01')).toEqual(['[edge/site] SE-N01: node name "Node_1" is not a DNS-1123 subdomain (lower-case letters, digits, \'-\' and \'.\', at most 253 characters). Fix: use the node\'s Kubernetes name, e.g. "node-1"']);
    expect(findingsOf(c, 'SE-N02')[0]).toContain('node name "10.0.0.5" is a bare IP address');
  });

  test('SE-N03: a node declared twice with different facts', () => {
    const c = cluster();
    new NodeUnit(c, 'a', { edgeNodes: [new EdgeNode({ name: 'n-1', gpu: true })] });
    new NodeUnit(c, 'b', { edgeNodes: [new EdgeNode({ name: 'n-1', cvmInstanceId: 'ins-1' })] });
    expect(findingsOf(c, 'SE-N03')).toEqual(['[edge] SE-N03: node "n-1" is declared more than once with different facts (in edge/a, edge/b). Fix: declare the EdgeNode once and pass the same object to every unit']);
  });

  test('SE-N03 is quiet for the same facts or a bare name', () => {
    const c = cluster();
    const n = new EdgeNode({ name: 'n-1', gpu: true });
    new NodeUnit(c, 'a', { edgeNodes: [n] });
    new NodeUnit(c, 'b', { edgeNodes: [n], nodes: [] });
    new NodeUnit(c, 'c', { nodes: ['n-1'] });
    expect(findingsOf(c, 'SE-N03')).toEqual([]);
  });

  test('SE-N04: a node listed twice in a unit', () => {
    const c = cluster();
    new NodeUnit(c, 'a', { nodes: ['n-1', 'n-1'] });
    expect(findingsOf(c, 'SE-N04')[0]).toContain('node "n-1" is listed more than once in NodeUnit "a"');
  });

  test('SE-U03: a unit selector {} selects nothing', () => {
    const c = cluster();
    new NodeUnit(c, 'a', { selector: {} });
    expect(findingsOf(c, 'SE-U03')[0]).toContain('selects no node at all');
  });

  test('SE-U04: a unit with no members is a warning', () => {
    const c = cluster();
    new NodeUnit(c, 'empty');
    const f = Findings.of(c).filter(x => x.ruleId === 'SE-U04');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe(Severity.WARNING);
    expect(f[0].message).toBe('NodeUnit "empty" has no nodes and no selector, so it has no members');
    expect(synthError(c)).toBe('');
  });

  test('SE-U05: L3 units cannot keep NoSchedule or kins taints', () => {
    const c = cluster();
    new NodeUnit(c, 'a', {
      nodes: ['a-1'],
      nodeTaints: [
        { key: 'dedicated', value: 'x', effect: kplus.TaintEffect.NO_SCHEDULE },
        { key: 'kins', effect: kplus.TaintEffect.NO_EXECUTE },
      ],
    });
    const f = findingsOf(c, 'SE-U05');
    expect(f[0]).toContain('taint "dedicated=x:NoSchedule" is stripped from a normal (L3) unit');
    expect(f[0]).toContain('Fix: use effect PreferNoSchedule or NoExecute instead');
    expect(f[1]).toContain('declare the unit as a KinsUnit');
  });

  test('SE-U05 does not apply to Kins units (their kins taint is expected)', () => {
    const c = cluster();
    new KinsUnit(c, 'k', { nodes: ['k-1'] });
    expect(findingsOf(c, 'SE-U05')).toEqual([]);
  });

  test('SE-U06: more than one setNode taint is a warning', () => {
    const c = cluster();
    new NodeUnit(c, 'a', {
      nodes: ['a-1'],
      nodeTaints: [
        { key: 'x', effect: kplus.TaintEffect.NO_EXECUTE },
        { key: 'y', effect: kplus.TaintEffect.PREFER_NO_SCHEDULE },
      ],
    });
    const f = Findings.of(c).filter(x => x.ruleId === 'SE-U06');
    expect(f[0].severity).toBe(Severity.WARNING);
    expect(f[0].message).toContain('sets 2 taints');
  });

  test('SE-U07: a unit mixing GPU and non-GPU nodes', () => {
    const c = cluster();
    new NodeUnit(c, 'a', { nodes: ['cpu-1'], edgeNodes: [new EdgeNode({ name: 'gpu-1', gpu: true })] });
    expect(findingsOf(c, 'SE-U07')[0]).toContain('mixes GPU nodes (gpu-1) with nodes without GPU');
  });
});

describe('label key collisions', () => {
  test('SE-U08 / SE-G07: unit and group names that are label keys used elsewhere', () => {
    const c = cluster();
    new NodeUnit(c, 'a', { selector: { matchLabels: { zone: 'north' } } });
    const b = new NodeUnit(c, 'b', { nodes: ['b-1'], nodeLabels: { tier: 'edge', location: 'b' } });
    new NodeUnit(c, 'tier', { nodes: ['t-1'] });
    new NodeGroup(c, 'zone', { nodeUnits: [b] });
    new NodeGroup(c, 'location', { nodeUnits: [b] }); // location=b on b is what the library writes anyway
    expect(findingsOf(c, 'SE-U08')).toEqual([
      '[edge/tier] SE-U08: NodeUnit name "tier" is also a node label key used by nodeLabels of NodeUnit "b"; site-manager labels the unit\'s nodes "tier=nodeunits.superedge.io", overwriting that label. Fix: rename the unit, or use another label key there',
    ]);
    expect(findingsOf(c, 'SE-G07')).toEqual([
      '[edge/zone] SE-G07: NodeGroup name "zone" is also a node label key used by the selector of NodeUnit "a"; site-manager labels member nodes "zone=<unit>", overwriting that label. Fix: rename the group (grids use its name as their key), or use another label key there',
    ]);
  });
});

describe('label keys added later', () => {
  test('SE-U08 sees a label added with addNodeLabel() after an earlier check', () => {
    const c = cluster();
    const a = new NodeUnit(c, 'a', { nodes: ['a-1'] });
    new NodeUnit(c, 'zone', { nodes: ['z-1'] });
    expect(findingsOf(c, 'SE-U08')).toEqual([]);
    a.addNodeLabel('zone', 'north');
    expect(findingsOf(c, 'SE-U08')).toHaveLength(1);
  });
});

describe('groups', () => {
  test('SE-G01: group names are label keys', () => {
    const c = cluster();
    new NodeGroup(c, 'Location');
    new NodeGroup(c, 'unit-node-all');
    const f = findingsOf(c, 'SE-G01');
    expect(f[0]).toContain('NodeGroup name "Location" is not usable: it has upper-case letters');
    expect(f[1]).toContain('it is the name of the platform\'s default unit');
  });

  test('SE-G02: a group name may not equal a unit name', () => {
    const c = cluster();
    const u = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    new NodeGroup(c, 'g', { name: 'beijing', nodeUnits: [u] });
    expect(findingsOf(c, 'SE-G02')[0]).toContain('NodeGroup "beijing" has the same name as the NodeUnit at edge/beijing');
  });

  test('SE-G03: a node in two units of one group', () => {
    const c = cluster();
    const a = new NodeUnit(c, 'a', { nodes: ['n-1', 'n-2'] });
    const b = new NodeUnit(c, 'b', { nodes: ['n-2'] });
    new NodeGroup(c, 'location', { nodeUnits: [a, b] });
    expect(findingsOf(c, 'SE-G03')).toEqual([
      '[edge/location] SE-G03: node "n-2" is in units "a" and "b" of NodeGroup "location"; its "location" label would flap between them. Fix: remove "n-2" from one of the units, or put one of them in another group',
    ]);
  });

  test('SE-G03: the same node in units of different groups is fine', () => {
    const c = cluster();
    const a = new NodeUnit(c, 'a', { nodes: ['n-1'] });
    const b = new NodeUnit(c, 'b', { nodes: ['n-1'] });
    new NodeGroup(c, 'g1', { nodeUnits: [a] });
    new NodeGroup(c, 'g2', { nodeUnits: [b] });
    expect(findingsOf(c, 'SE-G03')).toEqual([]);
  });

  test('SE-G03: unit-node-all with other units', () => {
    const c = cluster();
    new NodeGroup(c, 'g', { nodeUnits: [NodeUnit.allNodes(c), new NodeUnit(c, 'a', { nodes: ['n'] })] });
    expect(findingsOf(c, 'SE-G03')[0]).toContain('contains unit-node-all');
  });

  test('SE-G04: a group selector {} selects every unit', () => {
    const c = cluster();
    new NodeGroup(c, 'g', { unitSelector: {} });
    expect(findingsOf(c, 'SE-G04')[0]).toContain('selects every NodeUnit, unit-node-all included');
  });

  test('SE-G05: an empty group is a warning', () => {
    const c = cluster();
    new NodeGroup(c, 'g');
    const f = Findings.of(c).filter(x => x.ruleId === 'SE-G05');
    expect(f[0].severity).toBe(Severity.WARNING);
    expect(f[0].message).toContain('grids on it deploy nowhere');
  });

  test('SE-G06: autoFindNodeKeys are label keys', () => {
    const c = cluster();
    new NodeGroup(c, 'g', { autoFindNodeKeys: ['zone', 'bad key'] });
    expect(findingsOf(c, 'SE-G06')).toHaveLength(1);
    expect(findingsOf(c, 'SE-G06')[0]).toContain('"bad key" is not a label key');
  });
});

describe('Kins', () => {
  test('SE-K01 / SE-K02: Kubernetes 1.22 and containerd when declared', () => {
    const c = cluster({ kubernetesVersion: KubernetesVersion.V1_20_6, containerRuntime: ContainerRuntime.DOCKER });
    new KinsUnit(c, 'k', { nodes: ['k-1'] });
    expect(findingsOf(c, 'SE-K01')[0]).toContain('Kins needs Kubernetes 1.22, but the cluster declares 1.20.6');
    expect(findingsOf(c, 'SE-K02')[0]).toContain('Kins needs the containerd runtime, but the cluster declares docker');
  });

  test('SE-K01 / SE-K02 are quiet when the facts are not declared or right', () => {
    const c = cluster({ kubernetesVersion: KubernetesVersion.V1_22_5, containerRuntime: ContainerRuntime.CONTAINERD });
    new KinsUnit(c, 'k', { nodes: ['k-1'] });
    expect(Findings.of(c)).toEqual([]);
    const d = cluster();
    new KinsUnit(d, 'k', { nodes: ['k-1'] });
    expect(Findings.of(d)).toEqual([]);
  });

  test('SE-K03: THREE_MASTERS needs 3 nodes; a unit cluster needs one', () => {
    const c = cluster();
    new KinsUnit(c, 'small', { nodes: ['a', 'b'], mode: KinsMode.THREE_MASTERS });
    new KinsUnit(c, 'none');
    const f = findingsOf(c, 'SE-K03');
    expect(f[0]).toContain('THREE_MASTERS needs at least 3 nodes, but the unit has 2');
    expect(f[0]).toContain('Fix: use mode: KinsMode.SINGLE_MASTER, or add nodes');
    expect(f[1]).toContain('needs at least one node');
  });

  test('SE-K04: Kins unit name lengths and first letter', () => {
    const c = cluster();
    new KinsUnit(c, 'a'.repeat(36), { nodes: ['1', '2', '3'], mode: KinsMode.THREE_MASTERS });
    new KinsUnit(c, 'b'.repeat(41), { nodes: ['x'] });
    new KinsUnit(c, '9shop', { nodes: ['y'] });
    const f = findingsOf(c, 'SE-K04');
    expect(f[0]).toContain('has 36 characters, more than the 35 that L5 allows');
    expect(f[1]).toContain('has 41 characters, more than the 40 that L4 allows');
    expect(f[2]).toContain('does not start with a letter');
  });

  test('SE-K05 / SE-K06: service CIDR and NodePort range', () => {
    const c = cluster();
    new KinsUnit(c, 'k', { nodes: ['k-1'], serviceCidr: '26.0.0.0', nodePortRange: '41000-40000' });
    expect(findingsOf(c, 'SE-K05')[0]).toContain('Kins service CIDR "26.0.0.0" does not parse; site-manager would silently fall back to 26.0.0.0/16');
    expect(findingsOf(c, 'SE-K06')[0]).toContain('"41000-40000" is not "low-high"');
  });

  test('SE-K07: Kins units are edge units', () => {
    const c = cluster();
    new KinsUnit(c, 'k', { nodes: ['k-1'], type: NodeUnitType.CLOUD });
    expect(findingsOf(c, 'SE-K07')[0]).toContain('must be of type edge, but this one is "cloud"');
  });
});

describe('cluster networks and size', () => {
  test('SE-C01: CIDRs must parse', () => {
    const c = cluster({ podCidr: '10.33.0.0/33', nodeNetworks: ['nonsense'] });
    new NodeUnit(c, 'a', { edgeNodes: [new EdgeNode({ name: 'n', networkCidr: '1.2.3/24' })] });
    const f = findingsOf(c, 'SE-C01');
    expect(f).toContain('[edge] SE-C01: Pod CIDR "10.33.0.0/33" is not an IPv4 CIDR. Fix: write it as a.b.c.d/n, e.g. 10.33.0.0/16');
    expect(f).toContain('[edge] SE-C01: node network "nonsense" is not an IPv4 CIDR. Fix: write it as a.b.c.d/n, e.g. 10.33.0.0/16');
    expect(f.some(x => x.startsWith('[edge/a] SE-C01: network of node "n"'))).toBe(true);
  });

  test('SE-C02: outside the private ranges is an error on TKE Edge, a warning on SuperEdge', () => {
    const tke = cluster({ platform: Platform.TKE_EDGE, podCidr: '100.64.0.0/16', serviceCidr: '10.0.0.0/25' });
    const f = Findings.of(tke).filter(x => x.ruleId === 'SE-C02');
    expect(f.map(x => x.severity)).toEqual([Severity.ERROR, Severity.ERROR]);
    expect(f[0].message).toContain('Pod CIDR 100.64.0.0/16 is not in the ranges TKE Edge allows');
    expect(f[1].message).toContain('Service CIDR 10.0.0.0/25');
    const oss = cluster({ podCidr: '100.64.0.0/16' });
    expect(Findings.of(oss).filter(x => x.ruleId === 'SE-C02').map(x => x.severity)).toEqual([Severity.WARNING]);
    const ok = cluster({ platform: Platform.TKE_EDGE, podCidr: '10.33.0.0/16', serviceCidr: '172.16.0.0/20' });
    expect(Findings.of(ok)).toEqual([]);
  });

  test('SE-C03: overlaps between Pod, Service, VPC, other clusters and node networks', () => {
    const c = cluster({
      podCidr: '10.32.0.0/14',
      serviceCidr: '10.33.0.0/16',
      vpcCidr: '172.16.0.0/16',
      otherClusterCidrs: ['172.16.0.0/20'],
      nodeNetworks: ['192.168.1.0/24', '192.168.1.0/25'],
    });
    new NodeUnit(c, 'a', { edgeNodes: [new EdgeNode({ name: 'n', networkCidr: '10.35.1.0/24' })] });
    const f = findingsOf(c, 'SE-C03');
    // VPC vs other cluster and node network vs node network do not involve the cluster's own ranges.
    expect(f).toEqual([
      '[edge] SE-C03: Pod CIDR 10.32.0.0/14 overlaps Service CIDR 10.33.0.0/16. Fix: choose non-overlapping ranges (Pod and Service CIDRs cannot be changed after creation)',
      '[edge] SE-C03: Pod CIDR 10.32.0.0/14 overlaps network of node "n" 10.35.1.0/24. Fix: choose non-overlapping ranges (Pod and Service CIDRs cannot be changed after creation)',
    ]);
  });

  test('SE-C04: the Pod CIDR must hold the declared nodes', () => {
    const c = cluster({ podCidr: '10.33.0.0/24', maxPodsPerNode: 64 });
    new NodeUnit(c, 'a', { nodes: ['n-1', 'n-2', 'n-3', 'n-4', 'n-5'] });
    expect(findingsOf(c, 'SE-C04')).toEqual([
      '[edge] SE-C04: Pod CIDR 10.33.0.0/24 holds 4 nodes at 64 pods per node (a block of 64 addresses each), but 5 nodes are declared. Fix: use a larger Pod CIDR (at least /23) or fewer max pods per node',
    ]);
  });

  test('SE-C05: specification caps (error without auto-upgrade, warning with it)', () => {
    const c = cluster({ specification: ClusterSpecification.L5 });
    new NodeUnit(c, 'a', { nodes: ['1', '2', '3', '4', '5', '6'] });
    expect(findingsOf(c, 'SE-C05')[0]).toContain('6 nodes are declared but specification L5 allows 5, and with auto-upgrade off the nodes over the cap are cordoned');
    const w = cluster({ specification: ClusterSpecification.L5, autoUpgradeSpecification: true });
    new NodeUnit(w, 'a', { nodes: ['1', '2', '3', '4', '5', '6'] });
    const f = Findings.of(w).filter(x => x.ruleId === 'SE-C05');
    expect(f[0].severity).toBe(Severity.WARNING);
    expect(f[0].message).toContain('will be upgraded');
  });

  test('SE-C06: cluster name length', () => {
    const c = cluster({ clusterName: 'c'.repeat(51) });
    expect(findingsOf(c, 'SE-C06')[0]).toContain('has 51 characters (at most 50)');
  });

  test('SE-C07: two units with one name', () => {
    const c = cluster();
    new NodeUnit(c, 'a', { name: 'site', nodes: ['1'] });
    new NodeUnit(c, 'b', { name: 'site', nodes: ['2'] });
    expect(findingsOf(c, 'SE-C07')[0]).toContain('2 NodeUnits are named "site" (edge/a, edge/b)');
  });
});

describe('reporting', () => {
  test('all problems at once, with construct paths, and nothing is written', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-'));
    const app = new App({ outdir });
    const c = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.33.0.0/20' });
    const a = new NodeUnit(c, 'Beijing', { nodes: ['n-1'] });
    const b = new NodeUnit(c, 'guangzhou', { nodes: ['n-1'] });
    new NodeGroup(c, 'location', { nodeUnits: [a, b] });
    expect(() => app.synth()).toThrow(/Validation failed/);
    let message = '';
    try { app.synth(); } catch (e: any) { message = e.message; }
    expect(message).toContain('[edge] SE-C03: Pod CIDR 10.33.0.0/16 overlaps Service CIDR 10.33.0.0/20');
    expect(message).toContain('[edge/Beijing] SE-U01');
    expect(message).toContain('[edge/location] SE-G03: node "n-1" is in units "Beijing" and "guangzhou"');
    expect(fs.readdirSync(outdir)).toEqual([]);
  });

  test('warnings are printed to stderr once and do not fail synthesis', () => {
    const c = cluster();
    new NodeUnit(c, 'empty');
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(synthError(c)).toBe('');
      expect(synthError(c)).toBe('');
      // One block (test/findings-output.test.ts has the whole format), once for both syntheses.
      const blocks = spy.mock.calls.map(x => String(x[0])).filter(l => l.includes('SE-U04'));
      expect(blocks).toEqual([expect.stringContaining('cdk8s-superedge: 1 warning:\n'
        + '  [edge/empty] SE-U04: NodeUnit "empty" has no nodes and no selector, so it has no members\n'
        + '      Fix: list nodes (nodes / edgeNodes / addNode()) or give a selector\n')]);
    } finally {
      spy.mockRestore();
    }
  });

  test('warningsAsErrors turns warnings into errors', () => {
    const c = cluster({ warningsAsErrors: true });
    new NodeUnit(c, 'empty');
    expect(synthError(c)).toContain('[edge/empty] SE-U04: NodeUnit "empty" has no nodes');
  });
});

describe('rule catalogue', () => {
  test('every rule in the catalogue has a test that names it', () => {
    const texts = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.ts'))
      .map(f => fs.readFileSync(path.join(__dirname, f), 'utf-8')).join('\n');
    const untested = Object.keys(RULES).filter(id => !new RegExp(`\\b${id}\\b`).test(texts));
    expect(untested).toEqual([]);
  });
});

describe('docs/rules.md', () => {
  test('is generated from the current catalogue (npx projen rules-doc)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { rulesDoc } = require('../scripts/rules-doc');
    expect(fs.readFileSync(path.join(__dirname, '..', 'docs', 'rules.md'), 'utf-8')).toBe(rulesDoc());
  });
});
