import type { TopologyModel } from '../../../model/types';
import { MAX_CLUSTER_NAME } from '../../../superedge/names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-C06: the cluster name fits the TKE Edge console. */
export const ClusterNameLength: TopologyRule = {
  id: 'SE-C06',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'the cluster name has at most 50 characters',
  explanation: 'The TKE Edge console refuses cluster names longer than 50 characters.',
  check(model: TopologyModel): RuleFinding[] {
    const name = model.cluster.clusterName;
    if (name === undefined || name.length <= MAX_CLUSTER_NAME) return [];
    return [{
      origin: model.cluster.origin,
      message: `cluster name "${name}" has ${name.length} characters (at most ${MAX_CLUSTER_NAME})`,
      fix: 'shorten clusterName',
    }];
  },
};
