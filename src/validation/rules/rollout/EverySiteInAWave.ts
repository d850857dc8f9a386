import { rolloutPlan } from './plan';
import type { TopologyModel } from '../../../model/types';
import { checkUnassignedSites } from '../../../rollout/checks/waves';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-R02: rollout: every site of the grid\'s group is in some wave (else it is never updated). */
export const EverySiteInAWave: TopologyRule = {
  id: 'SE-R02',
  severity: Severity.ERROR,
  area: RuleArea.ROLLOUT,
  summary: 'rollout: every site of the grid\'s group is in some wave (else it is never updated)',
  explanation: 'A site that no wave selects keeps the old template after the last wave, unnoticed (Argo CD\'s progressive sync has the same trap); ending the waves with sites.all() reaches everyone.',
  check(model: TopologyModel): RuleFinding[] {
    return model.rollouts.flatMap(r => checkUnassignedSites(r.name, r.gridName, rolloutPlan(model, r).unassigned)
      .map(p => ({ origin: r.origin, message: p.message, fix: p.fix })));
  },
};
