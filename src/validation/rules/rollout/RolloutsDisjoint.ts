import type { TopologyModel } from '../../../model/types';
import { checkOverlappingRollouts } from '../../../rollout/checks/overlapping-rollouts';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-R04: rollout: two rollouts on one grid do not change the same field. */
export const RolloutsDisjoint: TopologyRule = {
  id: 'SE-R04',
  severity: Severity.ERROR,
  area: RuleArea.ROLLOUT,
  summary: 'rollout: two rollouts on one grid do not change the same field',
  explanation: 'Two rollouts that change the same field of a grid (the image of one container, one env name, replicas) would leave each site with one or the other depending on how far each has gone.',
  check(model: TopologyModel): RuleFinding[] {
    return model.rollouts.flatMap((r, i) => checkOverlappingRollouts(
      { name: r.name, override: r.override },
      model.rollouts.slice(0, i).filter(e => e.gridId === r.gridId).map(e => ({ name: e.name, override: e.override })),
      { name: r.gridName, firstContainer: r.firstContainer },
    )
      .map(p => ({ origin: r.origin, message: p.message, fix: p.fix })));
  },
};
