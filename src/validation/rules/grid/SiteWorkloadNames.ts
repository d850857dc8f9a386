import { derivableValues, workloadKindOf } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { isDns1123Subdomain, isSiteName } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W02: the per-site workload names are DNS subdomains. */
export const SiteWorkloadNames: TopologyRule = {
  id: 'SE-W02',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: '<grid>-<unit> workload names are DNS-1123 subdomains for every unit of the group',
  explanation: 'The controllers create one workload per value of the grid key, named `<grid>-<unit>`; a name that is not a DNS-1123 subdomain is refused by the API server, and that site gets nothing.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const name = g.name;
      const nameOk = isDns1123Subdomain(name);
      // <name>-<v> is a subdomain when both parts are (and it fits): only test the others in full.
      const badNames = derivableValues(model, g)
        .filter(v => !(nameOk && isSiteName(v) && name.length + 1 + v.length <= 253))
        .map(v => `${name}-${v}`)
        .filter(n => !isDns1123Subdomain(n));
      if (badNames.length === 0) continue;
      out.push({
        origin: g.origin,
        message: `the controller would name ${workloadKindOf(g)}s ${badNames.map(n => `"${n}"`).join(', ')}, which are not DNS-1123 subdomains (lower-case letters, digits, '-' and '.', at most 253 characters)`,
        fix: 'use a lower-case grid name, and lower-case unit names in the group',
      });
    }
    return out;
  },
};
