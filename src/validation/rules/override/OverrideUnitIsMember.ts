import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { knownMembers } from '../grid/helpers';

/** SE-P02: overrides name member units. */
export const OverrideUnitIsMember: TopologyRule = {
  id: 'SE-P02',
  severity: Severity.ERROR,
  area: RuleArea.OVERRIDE,
  summary: 'overrides name member units of the grid\'s NodeGroup',
  explanation: 'The controller looks a site\'s template up by the unit name (`templates[<unit>]`) only for units of the grid\'s group; an override of another unit is never used.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const members = knownMembers(model, g.groupId);
      if (!members) continue;
      const memberNames = new Set(members.map(u => u.name));
      const units = g.overrides ? g.overrides.map(o => o.unit) : Object.keys(g.templates);
      for (const unit of units) {
        if (memberNames.has(unit)) continue;
        out.push({
          origin: g.origin,
          message: `${g.kind} "${g.name}" overrides unit "${unit}", which is not a member of NodeGroup "${g.groupName}" (members: ${[...memberNames].sort().join(', ') || 'none'})`,
          fix: `add "${unit}" to the group, or override one of its member units`,
        });
      }
    }
    return out;
  },
};
