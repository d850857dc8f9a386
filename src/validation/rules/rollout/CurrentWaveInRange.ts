import type { TopologyModel } from '../../../model/types';
import { checkCurrentWave } from '../../../rollout/checks/waves';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-R03: rollout: currentWave is a whole number from 0 to the number of waves. */
export const CurrentWaveInRange: TopologyRule = {
  id: 'SE-R03',
  severity: Severity.ERROR,
  area: RuleArea.ROLLOUT,
  summary: 'rollout: currentWave is a whole number from 0 to the number of waves',
  explanation: 'currentWave counts the waves rolled out: 0 is nobody, the number of waves everyone; anything else has no meaning, and nobody is updated until it is corrected.',
  check(model: TopologyModel): RuleFinding[] {
    return model.rollouts.flatMap(r => checkCurrentWave(r.name, r.currentWave, r.waves.length)
      .map(p => ({ origin: r.origin, message: p.message, fix: p.fix })));
  },
};
