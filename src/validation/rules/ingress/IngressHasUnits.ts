import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-I01: an ingress needs units. */
export const IngressHasUnits: TopologyRule = {
  id: 'SE-I01',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: a MultiRegionIngress needs at least one unit',
  explanation: 'A multi-region ingress is an Ingress and IngressClass per unit; without units there is no entry point at all.',
  check(model: TopologyModel): RuleFinding[] {
    return model.ingresses.filter(i => i.units.length === 0).map(i => ({
      origin: i.origin,
      message: `MultiRegionIngress "${i.name}" has no units, so it has no entry point`,
      fix: 'pass nodeUnits: [unitA, unitB, ...]',
    }));
  },
};
