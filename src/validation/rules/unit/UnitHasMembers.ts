import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U04: a unit has nodes or a selector. */
export const UnitHasMembers: TopologyRule = {
  id: 'SE-U04',
  severity: Severity.WARNING,
  area: RuleArea.UNIT,
  summary: 'a unit without nodes or selector has no members (warning)',
  explanation: 'A unit with neither nodes nor a selector is valid but empty: grids on its groups create workloads that never schedule there.',
  check(model: TopologyModel): RuleFinding[] {
    return model.units.filter(u => !u.selector && (u.nodeNames ?? []).length === 0).map(u => ({
      origin: u.origin,
      message: `NodeUnit "${u.name}" has no nodes and no selector, so it has no members`,
      fix: 'list nodes (nodes / edgeNodes / addNode()) or give a selector',
    }));
  },
};
