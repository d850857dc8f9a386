import { model } from './support/model';
import { TopologyModel } from '../src/model/types';
import { Severity } from '../src/validation/findings';
import { RuleArea, TopologyRule } from '../src/validation/rule';
import { RULES } from '../src/validation/rules';
import { CATALOGUE } from '../src/validation/rules/index';

/**
 * Every rule of the catalogue with a model that triggers it (and the origin and part of
 * the message of its first finding) and a quiet model that is as close as possible but
 * does not. A rule added to the catalogue without cases here fails the test.
 */
interface Case {
  readonly trigger: TopologyModel;
  readonly origin: string;
  readonly message: string;
  readonly quiet: TopologyModel;
}

const gpuNode = (name: string) => ({ name, gpu: true });
const kins = (name: string, nodes: string[], extra: object = {}) => ({ name, nodes, autonomyLevel: 'L4', kins: {}, taints: [{ key: 'kins', effect: 'NoSchedule' }], ...extra });

const CASES: { [id: string]: Case } = {
  'SE-C01': {
    trigger: model({ cluster: { podCidr: '10.33.0.0/33' } }),
    origin: 'cluster',
    message: 'Pod CIDR "10.33.0.0/33" is not an IPv4 CIDR',
    quiet: model({ cluster: { podCidr: '10.33.0.0/16' } }),
  },
  'SE-C02': {
    trigger: model({ cluster: { podCidr: '11.0.0.0/16' } }),
    origin: 'cluster',
    message: 'Pod CIDR 11.0.0.0/16 is not in the ranges TKE Edge allows',
    quiet: model({ cluster: { podCidr: '10.0.0.0/16' } }),
  },
  'SE-C03': {
    trigger: model({ cluster: { podCidr: '10.33.0.0/16', serviceCidr: '10.33.0.0/20' } }),
    origin: 'cluster',
    message: 'Pod CIDR 10.33.0.0/16 overlaps Service CIDR 10.33.0.0/20',
    quiet: model({ cluster: { podCidr: '10.33.0.0/16', serviceCidr: '10.34.0.0/20' } }),
  },
  'SE-C04': {
    trigger: model({ cluster: { podCidr: '10.0.0.0/24', maxPodsPerNode: 128 }, units: [{ name: 'a', nodes: ['n1', 'n2', 'n3'] }] }),
    origin: 'cluster',
    message: 'Pod CIDR 10.0.0.0/24 holds 2 nodes at 128 pods per node',
    quiet: model({ cluster: { podCidr: '10.0.0.0/24', maxPodsPerNode: 128 }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
  },
  'SE-C05': {
    trigger: model({ cluster: { specification: { name: 'L1', maxNodes: 1 } }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
    origin: 'cluster',
    message: '2 nodes are declared but specification L1 allows 1, and with auto-upgrade off',
    quiet: model({ cluster: { specification: { name: 'L1', maxNodes: 2 } }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
  },
  'SE-C06': {
    trigger: model({ cluster: { clusterName: 'c'.repeat(51) } }),
    origin: 'cluster',
    message: 'has 51 characters (at most 50)',
    quiet: model({ cluster: { clusterName: 'c'.repeat(50) } }),
  },
  'SE-C07': {
    trigger: model({ units: [{ name: 'a', origin: 'x/a', nodes: ['n1'] }, { name: 'a', origin: 'y/a', nodes: ['n2'] }] }),
    origin: 'cluster',
    message: '2 NodeUnits are named "a" (x/a, y/a)',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n2'] }] }),
  },
  'SE-N01': {
    trigger: model({ units: [{ name: 'a', nodes: ['Node_1'] }] }),
    origin: 'cluster/a',
    message: 'node name "Node_1" is not a DNS-1123 subdomain',
    quiet: model({ units: [{ name: 'a', nodes: ['node-1'] }] }),
  },
  'SE-N02': {
    trigger: model({ units: [{ name: 'a', nodes: ['10.0.0.1'] }] }),
    origin: 'cluster/a',
    message: 'node name "10.0.0.1" is a bare IP address',
    quiet: model({ units: [{ name: 'a', nodes: ['node-10-0-0-1'] }] }),
  },
  'SE-N03': {
    trigger: model({ units: [{ name: 'a', nodes: [gpuNode('n1')] }, { name: 'b', nodes: [{ name: 'n1', gpu: false, architecture: 'arm64' }] }] }),
    origin: 'cluster',
    message: 'node "n1" is declared more than once with different facts (in cluster/a, cluster/b)',
    quiet: model({ units: [{ name: 'a', nodes: [gpuNode('n1')] }, { name: 'b', nodes: ['n1'] }] }),
  },
  'SE-N04': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1', 'n1'] }] }),
    origin: 'cluster/a',
    message: 'node "n1" is listed more than once in NodeUnit "a"',
    quiet: model({ units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
  },
  'SE-U01': {
    trigger: model({ units: [{ name: 'Beijing', nodes: ['n1'] }] }),
    origin: 'cluster/Beijing',
    message: 'NodeUnit name "Beijing" is not usable: it has upper-case letters',
    quiet: model({ units: [{ name: 'beijing', nodes: ['n1'] }] }),
  },
  'SE-U02': {
    trigger: model({ units: [{ name: 'unit-node-all', nodes: ['n1'] }] }),
    origin: 'cluster/unit-node-all',
    message: '"unit-node-all" is the platform\'s default unit',
    quiet: model({ units: [{ name: 'unit-node-most', nodes: ['n1'] }] }),
  },
  'SE-U03': {
    trigger: model({ units: [{ name: 'a', selector: {} }] }),
    origin: 'cluster/a',
    message: 'the node selector has neither matchLabels nor matchExpressions',
    quiet: model({ units: [{ name: 'a', selector: { matchLabels: { site: 'a' } } }] }),
  },
  'SE-U04': {
    trigger: model({ units: [{ name: 'a' }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a" has no nodes and no selector',
    quiet: model({ units: [{ name: 'a', selector: { matchLabels: { site: 'a' } } }] }),
  },
  'SE-U05': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'dedicated', effect: 'NoSchedule' }] }] }),
    origin: 'cluster/a',
    message: 'taint "dedicated:NoSchedule" is stripped from a normal (L3) unit',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'dedicated', effect: 'PreferNoSchedule' }] }] }),
  },
  'SE-U06': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'x', effect: 'NoExecute' }, { key: 'y', effect: 'NoExecute' }] }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a" sets 2 taints',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'x', effect: 'NoExecute' }] }] }),
  },
  'SE-U07': {
    trigger: model({ units: [{ name: 'a', nodes: [gpuNode('g1'), 'n1'] }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a" mixes GPU nodes (g1) with nodes without GPU',
    quiet: model({ units: [{ name: 'a', nodes: [gpuNode('g1'), gpuNode('g2')] }] }),
  },
  'SE-U08': {
    trigger: model({ units: [{ name: 'zone', nodes: ['n1'] }, { name: 'b', nodes: ['n2'], nodeLabels: { zone: 'east' } }] }),
    origin: 'cluster/zone',
    message: 'NodeUnit name "zone" is also a node label key used by nodeLabels of NodeUnit "b"',
    quiet: model({ units: [{ name: 'zone', nodes: ['n1'] }, { name: 'b', nodes: ['n2'], nodeLabels: { area: 'east' } }] }),
  },
  'SE-G01': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'Location', members: ['a'] }] }),
    origin: 'groups/Location',
    message: 'NodeGroup name "Location" is not usable: it has upper-case letters',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a'] }] }),
  },
  'SE-G02': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'a', members: ['a'] }] }),
    origin: 'groups/a',
    message: 'NodeGroup "a" has the same name as the NodeUnit at cluster/a',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a'] }] }),
  },
  'SE-G03': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a', 'b'] }] }),
    origin: 'groups/location',
    message: 'node "n1" is in units "a" and "b" of NodeGroup "location"',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n2'] }], groups: [{ name: 'location', members: ['a', 'b'] }] }),
  },
  'SE-G04': {
    trigger: model({ groups: [{ name: 'location', selector: {} }] }),
    origin: 'groups/location',
    message: 'the unit selector of NodeGroup "location" is empty',
    quiet: model({ groups: [{ name: 'location', selector: { matchLabels: { tier: 'edge' } } }] }),
  },
  'SE-G05': {
    trigger: model({ groups: [{ name: 'location' }] }),
    origin: 'groups/location',
    message: 'NodeGroup "location" has no units, no selector and no autoFindNodeKeys',
    quiet: model({ groups: [{ name: 'location', autoFindNodeKeys: ['zone'] }] }),
  },
  'SE-G06': {
    trigger: model({ groups: [{ name: 'location', autoFindNodeKeys: ['bad key'] }] }),
    origin: 'groups/location',
    message: 'autoFindNodeKeys entry "bad key" is not a label key',
    quiet: model({ groups: [{ name: 'location', autoFindNodeKeys: ['topology.kubernetes.io/zone'] }] }),
  },
  'SE-G07': {
    trigger: model({ groups: [{ name: 'zone', autoFindNodeKeys: ['zone'] }] }),
    origin: 'groups/zone',
    message: 'NodeGroup name "zone" is also a node label key used by autoFindNodeKeys of NodeGroup "zone"',
    quiet: model({ groups: [{ name: 'location', autoFindNodeKeys: ['zone'] }] }),
  },
  'SE-K01': {
    trigger: model({ cluster: { kubernetesVersion: '1.20.6', kubernetesMinor: 20 }, units: [kins('k', ['n1'])] }),
    origin: 'cluster/k',
    message: 'Kins needs Kubernetes 1.22, but the cluster declares 1.20.6',
    quiet: model({ cluster: { kubernetesVersion: '1.22.5', kubernetesMinor: 22 }, units: [kins('k', ['n1'])] }),
  },
  'SE-K02': {
    trigger: model({ cluster: { containerRuntime: 'docker' }, units: [kins('k', ['n1'])] }),
    origin: 'cluster/k',
    message: 'Kins needs the containerd runtime, but the cluster declares docker',
    quiet: model({ cluster: { containerRuntime: 'containerd' }, units: [kins('k', ['n1'])] }),
  },
  'SE-K03': {
    trigger: model({ units: [kins('k', ['n1', 'n2'], { autonomyLevel: 'L5' })] }),
    origin: 'cluster/k',
    message: 'THREE_MASTERS needs at least 3 nodes, but the unit has 2',
    quiet: model({ units: [kins('k', ['n1', 'n2', 'n3'], { autonomyLevel: 'L5' })] }),
  },
  'SE-K04': {
    trigger: model({ units: [kins('k'.repeat(41), ['n1'])] }),
    origin: `cluster/${'k'.repeat(41)}`,
    message: 'has 41 characters, more than the 40 that L4 allows',
    quiet: model({ units: [kins('k'.repeat(40), ['n1'])] }),
  },
  'SE-K05': {
    trigger: model({ units: [kins('k', ['n1'], { kins: { serviceCidr: '26.1.0.0' } })] }),
    origin: 'cluster/k',
    message: 'Kins service CIDR "26.1.0.0" does not parse',
    quiet: model({ units: [kins('k', ['n1'], { kins: { serviceCidr: '26.1.0.0/16' } })] }),
  },
  'SE-K06': {
    trigger: model({ units: [kins('k', ['n1'], { kins: { nodePortRange: '41000-40000' } })] }),
    origin: 'cluster/k',
    message: 'Kins NodePort range "41000-40000" is not "low-high"',
    quiet: model({ units: [kins('k', ['n1'], { kins: { nodePortRange: '40000-41000' } })] }),
  },
  'SE-K07': {
    trigger: model({ units: [kins('k', ['n1'], { type: 'cloud' })] }),
    origin: 'cluster/k',
    message: 'a Kins unit must be of type edge, but this one is "cloud"',
    quiet: model({ units: [kins('k', ['n1'])] }),
  },
};

describe.each(CATALOGUE.map(r => [r.id, r] as [string, TopologyRule]))('rule %s', (id, rule) => {
  test('is documented: summary, explanation, area, severity', () => {
    expect(rule.id).toMatch(new RegExp(`^SE-${rule.area}\\d\\d$`));
    expect(Object.values(RuleArea)).toContain(rule.area);
    expect(Object.values(Severity)).toContain(rule.severity);
    expect(rule.summary.length).toBeGreaterThan(10);
    expect(rule.explanation.length).toBeGreaterThan(30);
    expect(RULES[id]).toBe(rule.summary);
  });

  test('has cases in this table', () => {
    expect(CASES[id]).toBeDefined();
  });

  test('triggers on its triggering model, at the element\'s origin', () => {
    const c = CASES[id];
    const findings = rule.check(c.trigger);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].origin).toBe(c.origin);
    expect(findings[0].message).toContain(c.message);
    expect(findings[0].fix.length).toBeGreaterThan(5);
  });

  test('is quiet on its quiet model', () => {
    expect(rule.check(CASES[id].quiet)).toEqual([]);
  });
});

test('every case belongs to a rule of the catalogue, and ids are unique', () => {
  const ids = CATALOGUE.map(r => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(Object.keys(CASES).filter(id => !ids.includes(id))).toEqual([]);
});

test('SE-C02 and SE-C05 set their severity by the facts', () => {
  const c02 = CATALOGUE.find(r => r.id === 'SE-C02')!;
  expect(c02.check(model({ cluster: { podCidr: '11.0.0.0/16', platform: 'tke-edge' } }))[0].severity).toBe(Severity.ERROR);
  expect(c02.check(model({ cluster: { podCidr: '11.0.0.0/16' } }))[0].severity).toBe(Severity.WARNING);
  const c05 = CATALOGUE.find(r => r.id === 'SE-C05')!;
  expect(c05.check(model({ cluster: { specification: { name: 'L1', maxNodes: 1 }, autoUpgradeSpecification: true }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }))[0].severity).toBe(Severity.WARNING);
});

test('units a group names but the model does not declare are unknown, not wrong', () => {
  const m = model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a', 'elsewhere'] }] });
  const g = m.groups[0];
  expect(g.memberIds.map(id => m.unitsById.get(id)!.name)).toEqual(['a', 'elsewhere']);
  expect(m.unitsById.get(g.memberIds[1])!.declared).toBe(false);
  expect(m.unitsById.get(g.memberIds[1])!.nodeNames).toBeUndefined();
  for (const rule of CATALOGUE) expect(rule.check(m)).toEqual([]);
});
