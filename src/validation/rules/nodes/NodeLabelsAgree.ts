import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-N07: units that share a node do not set different values for one label on it. */
export const NodeLabelsAgree: TopologyRule = {
  id: 'SE-N07',
  severity: Severity.ERROR,
  area: RuleArea.NODES,
  summary: 'units that share a node set the same value for each label they both set on it',
  explanation: 'site-manager applies the `spec.setNode` labels of every unit a node is in; when two units set one label to different values, the value on the node flaps with each sync, and which one holds depends on timing.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    // Unit and group labels are the controllers' (SE-G03 reports a node in two units of a group).
    const controllerKeys = new Set([...model.units.map(u => u.name), ...model.groups.map(g => g.name)]);
    // node -> label -> value -> units setting it
    const seen = new Map<string, Map<string, Map<string, string[]>>>();
    for (const u of model.units) {
      for (const n of u.nodeNames ?? []) {
        const labels = seen.get(n) ?? new Map<string, Map<string, string[]>>();
        seen.set(n, labels);
        for (const [k, v] of Object.entries(u.nodeLabels)) {
          if (controllerKeys.has(k)) continue;
          const values = labels.get(k) ?? new Map<string, string[]>();
          labels.set(k, values);
          values.set(v, [...(values.get(v) ?? []), u.name]);
        }
      }
    }
    for (const [node, labels] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      for (const [key, values] of labels) {
        if (values.size < 2) continue;
        const what = [...values].map(([v, units]) => `"${v}" (${units.join(', ')})`).sort().join(' and ');
        out.push({
          origin: model.cluster.origin,
          message: `node "${node}" gets the label "${key}" with the values ${what}; the label would flap between them`,
          fix: `set "${key}" in one of those units only, or to the same value`,
        });
      }
    }
    return out;
  },
};
