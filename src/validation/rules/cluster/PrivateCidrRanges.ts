import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { inPrivateRange, namedNetworks } from '../helpers';

/** SE-C02: Pod and Service CIDRs are in the private ranges TKE Edge allows. */
export const PrivateCidrRanges: TopologyRule = {
  id: 'SE-C02',
  severity: Severity.WARNING,
  area: RuleArea.CLUSTER,
  summary: 'Pod and Service CIDRs must be in the allowed private ranges (error on TKE Edge, warning on SuperEdge)',
  explanation: 'TKE Edge accepts Pod and Service CIDRs only inside 10/8, 172.16/12, 192.168/16 and 9/8 with bounded prefixes, and they cannot be changed after creation. Open-source SuperEdge takes any range, so there it is a warning for clusters that may move.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const tke = model.cluster.platform === 'tke-edge';
    for (const n of namedNetworks(model.cluster)) {
      if ((n.what !== 'Pod CIDR' && n.what !== 'Service CIDR') || !n.cidr || inPrivateRange(n.cidr)) continue;
      out.push({
        origin: model.cluster.origin,
        severity: tke ? Severity.ERROR : Severity.WARNING,
        message: `${n.what} ${n.cidr.text} is not in the ranges TKE Edge allows (10.0.0.0/8 with a /14-/24 prefix, 172.16.0.0/12 with /16-/24, 192.168.0.0/16 with /16-/24, 9.0.0.0/8 with /14-/24)`,
        fix: tke ? 'choose a CIDR in one of those ranges (it cannot be changed later)' : 'choose a CIDR in one of those ranges if the cluster may move to TKE Edge, or ignore this warning',
      });
    }
    return out;
  },
};
