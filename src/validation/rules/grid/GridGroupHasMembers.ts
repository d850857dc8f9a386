import { knownMembers, workloadKindOf } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W10: a grid on a group without members creates nothing. */
export const GridGroupHasMembers: TopologyRule = {
  id: 'SE-W10',
  severity: Severity.WARNING,
  area: RuleArea.GRID,
  summary: 'a grid on a NodeGroup without member units creates nothing (warning)',
  explanation: 'A grid creates one workload per unit of its group; a declared group without member units makes the grid a no-op, which is usually a group that was never filled.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const members = knownMembers(model, g.groupId);
      if (!members || members.length > 0) continue;
      out.push({
        origin: g.origin,
        message: `NodeGroup "${g.groupName}" has no member units, so ${g.kind} "${g.name}" creates no ${workloadKindOf(g)}`,
        fix: 'add units to the group (nodeUnits or addNodeUnit())',
      });
    }
    return out;
  },
};
