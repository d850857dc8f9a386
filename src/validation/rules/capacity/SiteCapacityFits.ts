import { checkCapacity } from '../../../catalog/checks/capacity';
import { siteDemands } from '../../../catalog/grid-demands';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-Q01: capacity: a site\'s demand (grid pods, DaemonSets, platform agents) fits its allocatable CPU and memory. */
export const SiteCapacityFits: TopologyRule = {
  id: 'SE-Q01',
  severity: Severity.ERROR,
  area: RuleArea.CAPACITY,
  summary: 'capacity: a site\'s demand (grid pods, DaemonSets, platform agents) fits its allocatable CPU and memory',
  explanation: 'Pods that do not fit stay Pending at the site, with nobody there to notice: the demand of grid pods (overrides and rollouts included), DaemonSets per node and the platform agents is summed per site and compared with the sum of its nodes\' allocatable.',
  check(model: TopologyModel): RuleFinding[] {
    return model.capacities.flatMap(c => checkCapacity(c.source, [...c.sites], siteDemands(model, c))
      .filter(p => p.ruleId === 'SE-Q01')
      .map(p => ({ origin: c.origin, message: p.message, fix: p.fix })));
  },
};
