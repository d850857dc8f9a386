import { userNodeLabelKeys } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-G07: a group name is not a label key other declarations use. */
export const GroupNameNotUserLabel: TopologyRule = {
  id: 'SE-G07',
  severity: Severity.ERROR,
  area: RuleArea.GROUP,
  summary: 'a group name may not be a node label key that other declarations use (its label would overwrite it)',
  explanation: 'site-manager labels the member nodes `<group>: <unit>`, overwriting a label of the same key that a unit, a selector or autoFindNodeKeys relies on.',
  check(model: TopologyModel): RuleFinding[] {
    const keys = userNodeLabelKeys(model);
    const out: RuleFinding[] = [];
    for (const g of model.groups) {
      const usedBy = keys.get(g.name);
      if (!usedBy) continue;
      out.push({
        origin: g.origin,
        message: `NodeGroup name "${g.name}" is also a node label key used by ${usedBy}; site-manager labels member nodes "${g.name}=<unit>", overwriting that label`,
        fix: 'rename the group (grids use its name as their key), or use another label key there',
      });
    }
    return out;
  },
};
