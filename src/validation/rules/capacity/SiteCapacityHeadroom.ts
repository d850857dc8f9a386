import { checkCapacity } from '../../../catalog/checks/capacity';
import { siteDemands } from '../../../catalog/grid-demands';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-Q02: capacity: a site\'s demand stays within 90 % of its allocatable (warning). */
export const SiteCapacityHeadroom: TopologyRule = {
  id: 'SE-Q02',
  severity: Severity.WARNING,
  area: RuleArea.CAPACITY,
  summary: 'capacity: a site\'s demand stays within 90 % of its allocatable (warning)',
  explanation: 'A rolling update starts surge pods before it stops old ones: a site above 90 % of its allocatable may not fit them, and the rollout stalls there.',
  check(model: TopologyModel): RuleFinding[] {
    return model.capacities.flatMap(c => checkCapacity(c.source, [...c.sites], siteDemands(model, c))
      .filter(p => p.ruleId === 'SE-Q02')
      .map(p => ({ origin: c.origin, message: p.message, fix: p.fix })));
  },
};
