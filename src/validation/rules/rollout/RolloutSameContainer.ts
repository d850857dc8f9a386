import type { TopologyModel } from '../../../model/types';
import { checkContainerConflicts } from '../../../rollout/checks/overlapping-rollouts';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-R05: rollout: a rollout and a site\'s own override change the same container. */
export const RolloutSameContainer: TopologyRule = {
  id: 'SE-R05',
  severity: Severity.ERROR,
  area: RuleArea.ROLLOUT,
  summary: 'rollout: a rollout and a site\'s own override change the same container',
  explanation: 'A site that has its own override and is reached by a rollout gets one pool template with both merged; it can carry one container\'s changes, so the two must change the same container.',
  check(model: TopologyModel): RuleFinding[] {
    return model.rollouts.flatMap(r => checkContainerConflicts(r.name, r.override, [...r.ownOverrides], r.firstContainer)
      .map(p => ({ origin: r.origin, message: p.message, fix: p.fix })));
  },
};
