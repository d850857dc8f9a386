import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-C08: references stay inside one EdgeCluster. */
export const ReferencesInOneCluster: TopologyRule = {
  id: 'SE-C08',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'references stay inside one EdgeCluster (grid -> group, ServiceGrid -> group or grid, group -> unit, ingress and edge-health -> unit, ...)',
  explanation: 'Each EdgeCluster is synthesized for its own cluster, whose controllers see only its objects: a grid on a NodeGroup of another EdgeCluster would carry a grid key no group of its own cluster has, so what depends on the reference would never exist there (and the preview would show workloads that never run).',
  check(model: TopologyModel): RuleFinding[] {
    return (model.crossClusterReferences ?? []).map(r => ({
      origin: r.origin,
      message: `${r.what} uses ${r.kind} "${r.name}" of EdgeCluster "${r.targetCluster}" (${r.targetOrigin}) in ${r.prop}; the controllers of cluster "${r.ownCluster}" never see it, so what depends on it would not exist there`,
      fix: `declare the ${r.kind} in EdgeCluster "${r.ownCluster}"${r.kind === 'NodeUnit' || r.kind === 'NodeGroup' ? ` (or reference it by name there with ${r.kind}.fromName())` : ''}`,
    }));
  },
};
