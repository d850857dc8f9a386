import * as kplus from 'cdk8s-plus-27';
import { AdmissionTls, EdgeHealth, EdgeHealthMode, NodeUnit, Platform } from '../src';
import { schemaProblems } from './support/schema';
import { cluster, find, findingsOf, synth, synthError, synthUnchecked } from './support/synth';

function seed(props = {}) {
  const c = cluster(props);
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1', 'bj-2'] });
  const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
  return { c, bj, gz };
}

describe('edge-health-config', () => {
  test('multi-region: check-units lists the units, string values, label and namespace as edge-health reads them', () => {
    const { c, bj, gz } = seed();
    new EdgeHealth(c, 'health', { checkUnits: [gz, bj] });
    const objects = synth(c);
    const cm = find(objects, 'ConfigMap', 'edge-health-config');
    expect(cm.metadata).toEqual({ name: 'edge-health-config', namespace: 'kube-system', labels: { name: 'edge-health' } });
    expect(cm.data).toEqual({ 'check-units': 'beijing,guangzhou', 'unit-internal-check': 'true' });
    expect(objects.filter(o => o.kind === 'DaemonSet')).toEqual([]);
    expect(schemaProblems(objects)).toEqual([]);
  });

  test('all nodes: unit-internal-check "false" and no check-units', () => {
    const { c } = seed();
    new EdgeHealth(c, 'health', { namespace: 'edge-system' });
    const cm = find(synth(c), 'ConfigMap', 'edge-health-config');
    expect(cm.metadata.namespace).toBe('edge-system');
    expect(cm.data).toEqual({ 'unit-internal-check': 'false' });
  });

  test('units switch themselves on with edgeHealth: true', () => {
    const c = cluster();
    new NodeUnit(c, 'beijing', { nodes: ['bj-1'], edgeHealth: true });
    new NodeUnit(c, 'guangzhou', { nodes: ['gz-1'] });
    const h = new EdgeHealth(c, 'health');
    expect(h.mode).toBe(EdgeHealthMode.UNITS);
    expect(find(synth(c), 'ConfigMap', 'edge-health-config').data['check-units']).toBe('beijing');
  });

  test('off and no-eviction emit nothing', () => {
    const { c } = seed();
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.OFF });
    // On TKE Edge global no-eviction is the platform's switch (on open-source SuperEdge it
    // emits edge-health-admission: test/edge-health-admission.test.ts).
    const c2 = seed({ platform: Platform.TKE_EDGE }).c;
    new EdgeHealth(c2, 'health', { mode: EdgeHealthMode.NO_EVICTION });
    expect(synth(c).filter(o => o.kind !== 'NodeUnit')).toEqual([]);
    expect(synth(c2).filter(o => o.kind !== 'NodeUnit')).toEqual([]);
  });
});

describe('edge-health DaemonSet', () => {
  test('env, pod label, port, RBAC and the HMAC key from a Secret reference only', () => {
    const { c, bj } = seed();
    const secret = kplus.Secret.fromSecretName(c, 'hmac', 'edge-health-hmac');
    new EdgeHealth(c, 'health', { checkUnits: [bj], daemonSet: true, hmacKey: { secret, key: 'key' }, admissionTls: AdmissionTls.certManager({ issuer: 'ca' }) });
    const objects = synthUnchecked(c);
    expect(schemaProblems(objects.filter(o => o.kind !== 'Certificate'))).toEqual([]);
    const ds = find(objects, 'DaemonSet', 'edge-health');
    const pod = ds.spec.template.spec;
    expect(ds.metadata.namespace).toBe('kube-system');
    expect(ds.spec.template.metadata.labels).toEqual({ name: 'edge-health' });
    expect(pod.hostNetwork).toBe(true);
    expect(pod.serviceAccountName).toBe('edge-health');
    const main = pod.containers[0];
    expect(main.env.map((e: any) => [e.name, e.valueFrom.fieldRef.fieldPath])).toEqual([
      ['POD_IP', 'status.podIP'], ['POD_NAME', 'metadata.name'], ['NODE_IP', 'status.hostIP'],
      ['NODE_NAME', 'spec.nodeName'], ['NAMESPACE', 'metadata.namespace'],
    ]);
    expect(main.ports).toEqual([{ containerPort: 51005, name: 'health', protocol: 'TCP' }]);
    // The key reaches edge-health's hmac-config through a projected Secret, never as a value.
    expect(pod.volumes[0].projected.sources[1]).toEqual({ secret: { name: 'edge-health-hmac', items: [{ key: 'key', path: 'hmackey' }] } });
    expect(pod.initContainers[0].args).toEqual(['apply', '-k', '/hmac-sync']);
    const kustomization = find(objects, 'ConfigMap', 'edge-health-hmac-sync').data['kustomization.yaml'];
    expect(kustomization).toContain('namespace: kube-system');
    expect(kustomization).toContain('name: hmac-config');
    expect(kustomization).toContain('    name: edge-health');
    const role = find(objects, 'Role', 'edge-health');
    expect(role.rules).toContainEqual({ apiGroups: [''], resources: ['configmaps'], resourceNames: ['hmac-config'], verbs: ['get', 'patch'] });
    expect(find(objects, 'ClusterRole', 'edge-health').rules).toEqual([
      { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch', 'patch', 'update'] },
      { apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] },
    ]);
    expect(find(objects, 'ClusterRoleBinding', 'edge-health').subjects).toEqual([{ kind: 'ServiceAccount', name: 'edge-health', namespace: 'kube-system' }]);
    expect(findingsOf(c, 'SE-H07')).toEqual([]);
  });
});

describe('edge-health rules', () => {
  test('SE-H01: no-eviction together with health checking is refused', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.NO_EVICTION, checkUnits: [bj], daemonSet: true });
    expect(findingsOf(c, 'SE-H01')).toEqual([
      '[edge/health] SE-H01: global no-eviction excludes health checking, but checkUnits (beijing) and daemonSet: true ask for it; the platform refuses the two together. Fix: choose one: drop mode NO_EVICTION, or drop checkUnits, the units\' edgeHealth switch and daemonSet',
    ]);
    expect(synthError(c)).toContain('SE-H01');
  });

  test('SE-H01: a unit switched on counts as health checking', () => {
    const c = cluster();
    new NodeUnit(c, 'beijing', { nodes: ['bj-1'], edgeHealth: true });
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.NO_EVICTION });
    expect(findingsOf(c, 'SE-H01')[0]).toContain('units with edgeHealth: true (beijing)');
  });

  test('SE-H02: multi-region with no unit checks nothing', () => {
    const { c } = seed();
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.UNITS });
    expect(findingsOf(c, 'SE-H02')[0]).toContain('SE-H02: multi-region edge-health with no unit to check: edge-health reads an empty check-units as "check nothing"');
  });

  test('SE-H03: checkUnits outside multi-region mode, or on a unit switched off', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'], edgeHealth: false });
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.ALL_NODES, checkUnits: [bj] });
    const f = findingsOf(c, 'SE-H03');
    expect(f[0]).toContain('checkUnits (beijing) are only read in multi-region mode, but the mode is all-nodes');
    expect(f[1]).toContain('NodeUnit "beijing" is listed in checkUnits but switches edge-health off (edgeHealth: false)');
  });

  test('SE-H04: warns that nodes in no checked unit are not checked', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', { checkUnits: [bj] });
    expect(findingsOf(c, 'SE-H04')).toEqual([
      '[edge/health] warning SE-H04: nodes in no checked unit are not health-checked in multi-region mode: gz-1, gz-2, gz-3 (units checked: beijing). Fix: add their units to checkUnits (or set edgeHealth: true on them) if they should be checked; otherwise this is expected',
    ]);
    expect(synthError(c)).toBe('');
  });

  test('SE-H05: a node in two checked units probes only the intersection', () => {
    const { c, bj, gz } = seed();
    const extra = new NodeUnit(c, 'racks', { nodes: ['bj-1', 'gz-1', 'gz-2', 'gz-3', 'bj-2'] });
    new EdgeHealth(c, 'health', { checkUnits: [bj, gz, extra] });
    expect(findingsOf(c, 'SE-H05')[0]).toContain('SE-H05: nodes in several checked units only probe peers that are in all of those units (edge-health ANDs the unit selectors): bj-1 (beijing and racks)');
  });

  test('SE-H06: no DaemonSet on TKE Edge', () => {
    const { c, bj } = seed({ platform: Platform.TKE_EDGE });
    new EdgeHealth(c, 'health', { checkUnits: [bj], daemonSet: true });
    expect(findingsOf(c, 'SE-H06')[0]).toContain('on TKE Edge the edge-health add-on runs the edge-health DaemonSet');
  });

  test('SE-H07: warns about the public default HMAC key', () => {
    const { c } = seed();
    new EdgeHealth(c, 'health', { daemonSet: true });
    expect(findingsOf(c, 'SE-H07')[0]).toContain('warning SE-H07: the edge-health DaemonSet has no HMAC key, so peers sign their votes with the default key published in the SuperEdge source code');
  });

  test('SE-H08: one EdgeHealth per namespace', () => {
    const { c } = seed();
    new EdgeHealth(c, 'a');
    new EdgeHealth(c, 'b');
    new EdgeHealth(c, 'c', { namespace: 'edge-system' });
    expect(findingsOf(c, 'SE-H08')[0]).toBe('[edge/a] SE-H08: another EdgeHealth (edge/b) also writes edge-health-config in namespace "kube-system"; edge-health reads one such ConfigMap. Fix: declare a single EdgeHealth per cluster');
    expect(findingsOf(c, 'SE-H08')).toHaveLength(2);
  });
});
