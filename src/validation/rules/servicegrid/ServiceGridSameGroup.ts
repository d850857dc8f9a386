import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-S09: a ServiceGrid selects a grid on its own group. */
export const ServiceGridSameGroup: TopologyRule = {
  id: 'SE-S09',
  severity: Severity.WARNING,
  area: RuleArea.SERVICE_GRID,
  summary: 'a ServiceGrid selects a grid on its own NodeGroup (warning)',
  explanation: 'application-grid-wrapper keeps the endpoints on nodes with the caller\'s value of the ServiceGrid\'s key; pods of a grid spread by another key may have no endpoint in the caller\'s site.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const sg of model.serviceGrids) {
      const target = sg.selectsGridId === undefined ? undefined : model.grids.find(g => g.id === sg.selectsGridId);
      if (!target || target.groupName === sg.groupName) continue;
      out.push({
        origin: sg.origin,
        message: `ServiceGrid "${sg.name}" (grid key "${sg.groupName}") selects the pods of grid "${target.name}" on NodeGroup "${target.groupName}": callers only reach endpoints on nodes with their own "${sg.groupName}" value`,
        fix: 'give the ServiceGrid the same nodeGroup as the grid it selects',
      });
    }
    return out;
  },
};
