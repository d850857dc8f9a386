import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-K07: Kins units are edge units. */
export const KinsEdgeType: TopologyRule = {
  id: 'SE-K07',
  severity: Severity.ERROR,
  area: RuleArea.KINS,
  summary: 'Kins units are of type edge',
  explanation: 'application-grid-wrapper wires unit clusters only for units of type edge.',
  check(model: TopologyModel): RuleFinding[] {
    return model.units.filter(u => u.kins !== undefined).filter(u => u.type !== 'edge').map(u => ({
      origin: u.origin,
      message: `a Kins unit must be of type edge, but this one is "${u.type}"; application-grid-wrapper wires unit clusters only for edge units`,
      fix: 'leave type unset (NodeUnitType.EDGE)',
    }));
  },
};
