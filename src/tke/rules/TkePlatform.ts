import type { TopologyModel } from '../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../validation/rule';
import { Severity } from '../../validation/severity';

/** SE-T02: only a cluster declared for TKE Edge becomes a TKE Edge create request. */
export const TkePlatform: TopologyRule = {
  id: 'SE-T02',
  severity: Severity.ERROR,
  area: RuleArea.TKE_REQUEST,
  summary: 'TKE create request: the cluster is declared for Platform.TKE_EDGE',
  explanation: 'An open-source SuperEdge cluster is checked and rendered for SuperEdge (e.g. it emits the per-unit ingress controllers that TKE Edge runs as an add-on, and its CIDR range check is only a warning).',
  check(model: TopologyModel): RuleFinding[] {
    if (model.cluster.platform === 'tke-edge') return [];
    return [{
      origin: model.cluster.origin,
      message: `the cluster is declared for platform "${model.cluster.platform}", so it was checked and rendered for open-source SuperEdge, not TKE Edge`,
      fix: 'pass platform: Platform.TKE_EDGE to the EdgeCluster',
    }];
  },
};
