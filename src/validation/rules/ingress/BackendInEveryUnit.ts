import { backendOf, ruleWhere } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-I05: a ServiceGrid backend runs in every unit of the ingress. */
export const BackendInEveryUnit: TopologyRule = {
  id: 'SE-I05',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: a ServiceGrid backend must run in every unit of the ingress (its group holds them)',
  explanation: 'Each unit\'s ingress controller reaches the ServiceGrid through application-grid-wrapper, which keeps only the endpoints of that unit; a unit outside the backend\'s group has none. Only a declared group without autoFindNodeKeys has known members.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ing of model.ingresses) {
      ing.rules.forEach((r, i) => {
        const sg = backendOf(model, r);
        const group = sg && model.groupsById.get(sg.groupId);
        if (!sg || !group || !group.declared || group.autoFindNodeKeys.length > 0) return;
        const members = new Set(group.memberIds.map(id => model.unitsById.get(id)?.name));
        const missing = ing.units.filter(u => !members.has(u.name)).map(u => u.name);
        if (missing.length === 0) return;
        out.push({
          origin: ing.origin,
          message: `ServiceGrid "${sg.name}" (${ruleWhere(r, i)}) runs on the units of NodeGroup "${group.name}", which does not hold ${list(missing)}: the ingress there would keep only that unit's endpoints and find none`,
          fix: `add ${list(missing)} to NodeGroup "${group.name}", or leave them out of this ingress's nodeUnits`,
        });
      });
    }
    return out;
  },
};
