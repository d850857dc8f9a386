import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-H06: no second DaemonSet on TKE Edge. */
export const NoDaemonSetOnTkeEdge: TopologyRule = {
  id: 'SE-H06',
  severity: Severity.ERROR,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: on TKE Edge the add-on runs the DaemonSet',
  explanation: 'TKE Edge\'s edge-health add-on runs its own DaemonSet; a second one would vote with other settings on the same nodes.',
  check(model: TopologyModel): RuleFinding[] {
    if (model.cluster.platform !== 'tke-edge') return [];
    return model.edgeHealths.filter(h => h.daemonSet).map(h => ({
      origin: h.origin,
      message: 'on TKE Edge the edge-health add-on runs the edge-health DaemonSet; a second one would fight it',
      fix: 'drop daemonSet: true (the library still emits edge-health-config), or use Platform.SUPEREDGE',
    }));
  },
};
