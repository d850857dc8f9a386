import { AdmissionTls, EdgeHealth, KinsUnit, MultiRegionIngress } from '../src';
import { gridProgram } from './support/programs';
import { schemaProblems } from './support/schema';
import { cluster, synth } from './support/synth';

const CLUSTER_SCOPED = new Set(['ClusterRole', 'ClusterRoleBinding', 'NodeUnit', 'NodeGroup', 'IngressClass', 'Namespace', 'MutatingWebhookConfiguration']);
const CA_BUNDLE = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');

test('a namespaced cluster: workloads in its namespace, add-ons in theirs, cluster-scoped kinds in none', () => {
  const c = cluster({ namespace: 'apps' });
  const { bj, gz, nginxService } = gridProgram(c);
  new KinsUnit(c, 'shop', { nodes: ['s-1'] });
  new MultiRegionIngress(c, 'echo', { nodeUnits: [bj, gz], rules: [{ serviceGrid: nginxService, port: 80 }] });
  new EdgeHealth(c, 'health', { checkUnits: [bj, gz], daemonSet: true, admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE) });
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  let objs: any[];
  try {
    objs = synth(c);
  } finally {
    spy.mockRestore();
  }
  const where = (kind: string) => [...new Set(objs.filter(o => o.kind === kind).map(o => o.metadata.namespace ?? '(none)'))];
  for (const kind of CLUSTER_SCOPED) {
    if (objs.some(o => o.kind === kind)) expect({ kind, ns: where(kind) }).toEqual({ kind, ns: ['(none)'] });
  }
  for (const kind of ['DeploymentGrid', 'StatefulSetGrid', 'ServiceGrid', 'Ingress']) expect({ kind, ns: where(kind) }).toEqual({ kind, ns: ['apps'] });
  // edge-health and the ingress controllers run where their add-ons live.
  expect(where('DaemonSet')).toEqual(['kube-system']);
  expect(where('Deployment')).toContain('kube-system');
  expect(objs.find(o => o.kind === 'Deployment' && o.metadata.name === 'edge-health-admission').metadata.namespace).toBe('kube-system');
  expect(objs.find(o => o.kind === 'ConfigMap' && o.metadata.name === 'edge-health-config').metadata.namespace).toBe('kube-system');
  expect(schemaProblems(objs)).toEqual([]);
});
