import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-E03: ENI only on TKE Edge. */
export const EniOnTkeEdge: TopologyRule = {
  id: 'SE-E03',
  severity: Severity.ERROR,
  area: RuleArea.ENI,
  summary: 'ENI: only on TKE Edge',
  explanation: 'Only the TKE Edge ENI add-on reads the `tke.cloud.tencent.com/networks` annotation; on open-source SuperEdge nothing attaches the card.',
  check(model: TopologyModel): RuleFinding[] {
    if (model.cluster.platform === 'tke-edge') return [];
    return model.workloads.filter(w => w.eni).map(w => ({
      origin: w.origin,
      message: `"${w.name}" asks for an ENI, which only the TKE Edge ENI add-on provides; the cluster's platform is ${model.cluster.platform}`,
      fix: 'use Platform.TKE_EDGE for a TKE Edge cluster, or drop Eni.enable()',
    }));
  },
};
