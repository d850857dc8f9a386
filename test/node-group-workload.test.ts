import { NodeGroup, NodeGroupWorkloadType, NodeUnit, SelectorOperator } from '../src';
import { cluster, find, synth } from './support/synth';

describe('NodeGroup spec.workload', () => {
  test('settable through props and addWorkload(), emitted sorted and schema-valid against the upstream CRD', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    const g = new NodeGroup(c, 'zone', {
      nodeUnits: [bj],
      workloads: [{ name: 'web', type: NodeGroupWorkloadType.DEPLOYMENT, selector: { matchLabels: { app: 'web' } } }],
    });
    g.addWorkload({ name: 'db', type: NodeGroupWorkloadType.STATEFUL_SET, selector: { matchExpressions: [{ key: 'tier', operator: SelectorOperator.EXISTS }] } });
    const group = find(synth(c), 'NodeGroup', 'zone');
    expect(group.spec.workload).toEqual([
      { name: 'web', type: 'Deployment', selector: { matchLabels: { app: 'web' } } },
      { name: 'db', type: 'StatuefulSet', selector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] } },
    ]);
    expect(g.workloads.map(w => w.name)).toEqual(['web', 'db']);
  });

  test('absent when none is declared (existing output unchanged)', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    new NodeGroup(c, 'zone', { nodeUnits: [bj] });
    expect(find(synth(c), 'NodeGroup', 'zone').spec).toEqual({ nodeUnits: ['beijing'] });
  });

  test('bad entries are refused with the path and the fix', () => {
    const c = cluster();
    const g = new NodeGroup(c, 'zone');
    expect(() => g.addWorkload({ name: '', type: NodeGroupWorkloadType.POD })).toThrow('[edge/zone] NodeGroup "zone": workload name "" is not a non-empty string');
    expect(() => g.addWorkload({ name: 'x', type: 'deploy' as any })).toThrow('workload "x" has type "deploy", not one of Pod, Job, CronJob');
    expect(() => g.addWorkload(null as any)).toThrow('a workload must be an object');
  });
});
