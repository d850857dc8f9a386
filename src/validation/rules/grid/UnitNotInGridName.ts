import { groupGridValues } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W04: no unit name inside "<grid>-". */
export const UnitNotInGridName: TopologyRule = {
  id: 'SE-W04',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'StatefulSetGrid: no unit name occurs inside "<grid>-" (statefulset-grid-daemon DNS bug)',
  explanation: 'statefulset-grid-daemon finds the site of a pod by searching the unit name in the pod name with `strings.Index`; a unit name that occurs inside `<grid>-` is found at the wrong place, and the daemon publishes wrong DNS names.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      if (g.kind !== 'StatefulSetGrid') continue;
      const prefix = `${g.name}-`;
      const clashing = groupGridValues(model, g.groupId).filter(v => v !== '' && prefix.indexOf(v) !== -1);
      if (clashing.length === 0) continue;
      out.push({
        origin: g.origin,
        message: `unit name${clashing.length > 1 ? 's' : ''} ${clashing.map(v => `"${v}"`).join(', ')} occur${clashing.length > 1 ? '' : 's'} inside "${prefix}": statefulset-grid-daemon finds the unit in the pod name with strings.Index, so it would publish wrong DNS names for those sites`,
        fix: 'rename the grid so that no unit name of its group occurs in it',
      });
    }
    return out;
  },
};
