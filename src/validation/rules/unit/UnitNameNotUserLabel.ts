import { userNodeLabelKeys } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U08: a unit name is not a label key other declarations use. */
export const UnitNameNotUserLabel: TopologyRule = {
  id: 'SE-U08',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'a unit name may not be a node label key that other declarations use (its label would overwrite it)',
  explanation: 'site-manager labels the unit\'s nodes `<unit>: nodeunits.superedge.io`, overwriting a label of the same key that a unit, a selector or autoFindNodeKeys relies on.',
  check(model: TopologyModel): RuleFinding[] {
    const keys = userNodeLabelKeys(model);
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      const usedBy = keys.get(u.name);
      if (!usedBy) continue;
      out.push({
        origin: u.origin,
        message: `NodeUnit name "${u.name}" is also a node label key used by ${usedBy}; site-manager labels the unit's nodes "${u.name}=nodeunits.superedge.io", overwriting that label`,
        fix: 'rename the unit, or use another label key there',
      });
    }
    return out;
  },
};
