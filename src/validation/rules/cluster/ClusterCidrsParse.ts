import { unitNodes } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { parseCidr } from '../../cidr';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { cidrParseProblem, namedNetworks } from '../helpers';

/** SE-C01: every CIDR the cluster declares parses. */
export const ClusterCidrsParse: TopologyRule = {
  id: 'SE-C01',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'cluster CIDRs (Pod, Service, VPC, other clusters, node networks) must parse',
  explanation: 'The overlap and capacity checks need the networks as numbers; a CIDR that does not parse is a typo that the console or the controllers would refuse later.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      for (const n of unitNodes(model, u) ?? []) {
        if (n.networkCidr !== undefined && !parseCidr(n.networkCidr)) out.push(cidrParseProblem(u.origin, `network of node "${n.name}"`, n.networkCidr));
      }
    }
    for (const n of namedNetworks(model.cluster)) {
      if (!n.cidr) out.push(cidrParseProblem(model.cluster.origin, n.what, n.text));
    }
    return out;
  },
};
