import type { TopologyModel } from '../../../model/types';
import { isDns1123Subdomain, isIpAddress } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { suggestSiteName } from '../helpers';

/** SE-N01: node names are DNS-1123 subdomains. */
export const NodeNamesDns: TopologyRule = {
  id: 'SE-N01',
  severity: Severity.ERROR,
  area: RuleArea.NODES,
  summary: 'node names are DNS-1123 subdomains',
  explanation: 'A unit lists nodes by their Kubernetes name, which is always a DNS-1123 subdomain: a name that is not one matches no node.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      for (const n of u.nodeNames ?? []) {
        if (isIpAddress(n) || isDns1123Subdomain(n)) continue;
        out.push({
          origin: u.origin,
          message: `node name "${n}" is not a DNS-1123 subdomain (lower-case letters, digits, '-' and '.', at most 253 characters)`,
          fix: `use the node's Kubernetes name, e.g. "${suggestSiteName(n)}"`,
        });
      }
    }
    return out;
  },
};
