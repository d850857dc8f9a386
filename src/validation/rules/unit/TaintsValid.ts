import type { TopologyModel } from '../../../model/types';
import { isLabelKey, isLabelValue } from '../../names';
import { describeValue } from '../../props/describe-value';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** SE-U10: the taints a unit sets have label-key keys, label-value values and a known effect. */
export const TaintsValid: TopologyRule = {
  id: 'SE-U10',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'setNode taints have a label key, a label value and the effect NoSchedule, PreferNoSchedule or NoExecute',
  explanation: 'site-manager writes the unit\'s taints onto every member node; the API server refuses a node whose taint key is not a label key, whose value is not a label value or whose effect is unknown, so the node update fails on every sync.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      const problems: string[] = [];
      u.taints.forEach((t, i) => {
        if (!isLabelKey(t.key)) problems.push(`nodeTaints[${i}].key ${describeValue(t.key)} is not a label key`);
        if (t.value !== undefined && !isLabelValue(t.value)) problems.push(`nodeTaints[${i}].value ${describeValue(t.value)} is not a label value (at most 63 of [A-Za-z0-9._-])`);
        if (!EFFECTS.includes(t.effect)) problems.push(`nodeTaints[${i}].effect ${describeValue(t.effect)} is not one of ${EFFECTS.join(', ')}`);
      });
      if (problems.length === 0) continue;
      out.push({
        origin: u.origin,
        message: `NodeUnit "${u.name}": ${problems.join('; ')}`,
        fix: "use a taint such as { key: 'dedicated', value: 'edge', effect: kplus.TaintEffect.NO_EXECUTE }",
      });
    }
    return out;
  },
};
