import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-C07: no two NodeUnits, and no two NodeGroups, share a name. */
export const SiteNamesUnique: TopologyRule = {
  id: 'SE-C07',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'NodeUnit and NodeGroup names are unique in the cluster',
  explanation: 'NodeUnits and NodeGroups are cluster-scoped objects named by their unit or group name: two declarations of one name are one object, and the later apply overwrites the earlier.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const sets: Array<[string, Array<{ name: string; origin: string }>]> = [['NodeUnit', [...model.units]], ['NodeGroup', [...model.groups]]];
    for (const [kind, elements] of sets) {
      const byName = new Map<string, string[]>();
      for (const e of elements) byName.set(e.name, [...(byName.get(e.name) ?? []), e.origin]);
      for (const [n, origins] of byName) {
        if (origins.length > 1) {
          out.push({
            origin: model.cluster.origin,
            message: `${origins.length} ${kind}s are named "${n}" (${origins.join(', ')}); the later would overwrite the earlier on apply`,
            fix: 'give each a distinct name (the construct id, or the name prop)',
          });
        }
      }
    }
    return out;
  },
};
