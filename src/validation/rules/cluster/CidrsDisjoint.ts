import { nodeFacts, nodeNames } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { overlaps, parseCidr, Cidr } from '../../cidr';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { namedNetworks } from '../helpers';

/** SE-C03: the cluster's own ranges overlap nothing. */
export const CidrsDisjoint: TopologyRule = {
  id: 'SE-C03',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'Pod, Service, VPC, other-cluster and node-network CIDRs must not overlap',
  explanation: 'Pod and Service addresses that overlap a node network or the VPC make those hosts unreachable from pods. Node networks may overlap one another (sites reuse private ranges); only the cluster\'s own ranges must be disjoint from everything.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const named: Array<{ what: string; cidr: Cidr }> = [];
    for (const n of namedNetworks(model.cluster)) if (n.cidr) named.push({ what: n.what, cidr: n.cidr });
    for (const name of nodeNames(model)) {
      const node = nodeFacts(model, name);
      if (node.networkCidr !== undefined) {
        const c = parseCidr(node.networkCidr);
        if (c) named.push({ what: `network of node "${name}"`, cidr: c });
      }
    }
    const isClusterRange = (w: string) => w === 'Pod CIDR' || w === 'Service CIDR';
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        const a = named[i];
        const b = named[j];
        if (!isClusterRange(a.what) && !isClusterRange(b.what)) continue;
        if (overlaps(a.cidr, b.cidr)) {
          out.push({
            origin: model.cluster.origin,
            message: `${a.what} ${a.cidr.text} overlaps ${b.what} ${b.cidr.text}`,
            fix: 'choose non-overlapping ranges (Pod and Service CIDRs cannot be changed after creation)',
          });
        }
      }
    }
    return out;
  },
};
