import type { TopologyModel } from '../../../model/types';
import { describeValue } from '../../props/describe-value';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-I11: each unit is listed once in an ingress's nodeUnits. */
export const IngressUnitsListedOnce: TopologyRule = {
  id: 'SE-I11',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: each unit is listed once in nodeUnits',
  explanation: 'Each unit of a multi-region ingress gets one Ingress, IngressClass and controller named after it; a unit listed twice would write those objects twice (or two controllers on the same host ports), so it is refused as one error.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const i of model.ingresses) {
      const names = i.listedUnitNames ?? [];
      const twice = names.filter((n, k) => names.indexOf(n) !== k);
      if (twice.length === 0) continue;
      out.push({
        origin: i.origin,
        message: `MultiRegionIngress "${i.name}" lists unit${twice.length > 1 ? 's' : ''} ${[...new Set(twice)].map(n => describeValue(n)).join(', ')} more than once in nodeUnits; each unit gets one entry point`,
        fix: 'list each unit once',
      });
    }
    return out;
  },
};
