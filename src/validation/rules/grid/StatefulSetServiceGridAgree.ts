import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W05: a StatefulSetGrid and its ServiceGrid agree. */
export const StatefulSetServiceGridAgree: TopologyRule = {
  id: 'SE-W05',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'StatefulSetGrid and its ServiceGrid share the grid key and namespace',
  explanation: 'statefulset-grid-daemon publishes the per-site DNS names of a StatefulSetGrid only through a ServiceGrid with the same grid key in the same namespace.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      if (g.kind !== 'StatefulSetGrid' || g.serviceGridId === undefined) continue;
      const sg = model.serviceGrids.find(s => s.id === g.serviceGridId);
      if (!sg) continue;
      if (sg.groupName === g.groupName && (sg.namespace ?? '') === (g.namespace ?? '')) continue;
      out.push({
        origin: g.origin,
        message: `StatefulSetGrid "${g.name}" (grid key "${g.groupName}", namespace "${g.namespace ?? ''}") uses ServiceGrid "${sg.name}" (grid key "${sg.groupName}", namespace "${sg.namespace ?? ''}"); statefulset-grid-daemon only publishes DNS names when both have the same grid key and namespace`,
        fix: 'give the StatefulSetGrid and its ServiceGrid the same nodeGroup and namespace',
      });
    }
    return out;
  },
};
