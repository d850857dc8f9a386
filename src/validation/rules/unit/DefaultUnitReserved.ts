import type { TopologyModel } from '../../../model/types';
import { ALL_NODES_UNIT_NAME } from '../../../superedge/labels';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U02: unit-node-all is the platform's. */
export const DefaultUnitReserved: TopologyRule = {
  id: 'SE-U02',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'unit-node-all is reserved for the platform\'s default unit',
  explanation: 'site-manager creates and owns the unit `unit-node-all`, which holds every node; a declaration of it would fight the controller.',
  check(model: TopologyModel): RuleFinding[] {
    return model.units.filter(u => u.name === ALL_NODES_UNIT_NAME).map(u => ({
      origin: u.origin,
      message: `"${ALL_NODES_UNIT_NAME}" is the platform's default unit, which site-manager creates and owns`,
      fix: 'reference it with NodeUnit.allNodes(scope) instead of declaring it, or choose another name',
    }));
  },
};
