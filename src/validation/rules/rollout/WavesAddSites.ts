import { rolloutPlan } from './plan';
import type { ModelRollout, TopologyModel } from '../../../model/types';
import { checkEmptyWaves } from '../../../rollout/checks/waves';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { selectionReported } from '../catalogue/selection-findings';

/** SE-R01: rollout: every wave picks a site of the grid that no earlier wave picked. */
export const WavesAddSites: TopologyRule = {
  id: 'SE-R01',
  severity: Severity.ERROR,
  area: RuleArea.ROLLOUT,
  summary: 'rollout: every wave picks a site of the grid that no earlier wave picked',
  explanation: 'Wave k is the sites its selection picks that no earlier wave picked: a wave that adds none changes nothing when currentWave reaches it, which usually means its selection overlaps an earlier one by mistake.',
  check(model: TopologyModel): RuleFinding[] {
    return model.rollouts.flatMap(r => checkEmptyWaves(r.name, wavesOf(model, r))
      .map(p => ({ origin: r.origin, message: p.message, fix: p.fix })));
  },
};

/** The waves with the sites each adds; a wave whose selection has its own error (SE-F01, SE-F09/F10) is left to it. */
function wavesOf(model: TopologyModel, r: ModelRollout) {
  const plan = rolloutPlan(model, r);
  return r.waves.map((w, k) => ({ description: w.description, fresh: plan.waves[k], skip: selectionReported(model, w) }));
}
