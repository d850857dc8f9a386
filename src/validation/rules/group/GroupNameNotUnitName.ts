import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-G02: a group is not named like a unit. */
export const GroupNameNotUnitName: TopologyRule = {
  id: 'SE-G02',
  severity: Severity.ERROR,
  area: RuleArea.GROUP,
  summary: 'a group name may not equal a unit name',
  explanation: 'Unit and group names are both node label keys: `<name>: nodeunits.superedge.io` and `<name>: <unit>` would overwrite each other.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.groups) {
      const clash = model.units.find(u => u.name === g.name);
      if (!clash) continue;
      out.push({
        origin: g.origin,
        message: `NodeGroup "${g.name}" has the same name as the NodeUnit at ${clash.origin}; both names are node label keys, so "${g.name}=nodeunits.superedge.io" and "${g.name}=<unit>" would overwrite each other`,
        fix: 'rename the group or the unit (e.g. group "location", units "beijing", "guangzhou")',
      });
    }
    return out;
  },
};
