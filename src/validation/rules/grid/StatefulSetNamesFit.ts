import { derivableValues } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { MAX_STATEFULSET_NAME } from '../../../superedge/names';
import { isDns1123Label } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W03: StatefulSet names fit. */
export const StatefulSetNamesFit: TopologyRule = {
  id: 'SE-W03',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'StatefulSetGrid: <grid>-<unit> has at most 52 characters and no dots',
  explanation: `A StatefulSet's pods are named \`<set>-<ordinal>\` and carry the label \`controller-revision-hash: <set>-<hash>\`, which must be a label value: the set name has at most ${MAX_STATEFULSET_NAME} characters and, being a DNS label, no dots.`,
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      if (g.kind !== 'StatefulSetGrid') continue;
      const name = g.name;
      const bad = derivableValues(model, g).filter(v => {
        const set = `${name}-${v}`;
        return set.length > MAX_STATEFULSET_NAME || !isDns1123Label(set);
      });
      if (bad.length === 0) continue;
      out.push({
        origin: g.origin,
        message: `the controller would name StatefulSets ${bad.map(v => `"${name}-${v}" (${name.length + 1 + v.length} characters)`).join(', ')}; a StatefulSet name must be a DNS label without '.' of at most ${MAX_STATEFULSET_NAME} characters (pods are named <set>-<ordinal> and longer names break the controller-revision-hash label)`,
        fix: `shorten the grid name (at most ${MAX_STATEFULSET_NAME - 1 - Math.max(...bad.map(v => v.length))} characters for these units) or the unit names, and avoid '.'`,
      });
    }
    return out;
  },
};
