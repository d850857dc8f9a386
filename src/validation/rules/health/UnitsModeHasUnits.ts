import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-H02: multi-region mode needs a unit to check. */
export const UnitsModeHasUnits: TopologyRule = {
  id: 'SE-H02',
  severity: Severity.ERROR,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: multi-region mode needs at least one unit to check',
  explanation: 'In multi-region mode (`unit-internal-check: true`) edge-health checks the nodes of the units in `check-units`; an empty list means it checks nothing.',
  check(model: TopologyModel): RuleFinding[] {
    return model.edgeHealths.filter(h => h.mode === 'units' && h.checkUnitNames.length === 0).map(h => ({
      origin: h.origin,
      message: 'multi-region edge-health with no unit to check: edge-health reads an empty check-units as "check nothing"',
      fix: 'list units in checkUnits (or set edgeHealth: true on NodeUnits), or use mode ALL_NODES',
    }));
  },
};
