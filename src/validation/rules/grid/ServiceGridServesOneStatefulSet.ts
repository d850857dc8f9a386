import type { ModelServiceGrid, TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W15: a ServiceGrid without a selector of its own serves one StatefulSetGrid. */
export const ServiceGridServesOneStatefulSet: TopologyRule = {
  id: 'SE-W15',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'a ServiceGrid without a selector is the serviceGrid of one StatefulSetGrid at most',
  explanation: 'A ServiceGrid given no selector takes the pod labels of the StatefulSetGrid that names it (`serviceName: <servicegrid>-svc`), and a Service selects one set of labels: the pods of a second StatefulSetGrid naming it would get no Service, hence no stable DNS names.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const sg of model.serviceGrids) {
      if (hasOwnSelector(sg)) continue;
      const statefulSets = model.grids.filter(g => g.kind === 'StatefulSetGrid' && g.serviceGridId === sg.id).map(g => g.origin);
      if (statefulSets.length < 2) continue;
      out.push({
        origin: sg.origin,
        message: `ServiceGrid "${sg.name}" has no selector and is the serviceGrid of ${statefulSets.length} StatefulSetGrids (${[...statefulSets].sort().join(', ')}); it can select the pods of one only, so the others' pods get no DNS names`,
        fix: 'give each StatefulSetGrid its own ServiceGrid',
      });
    }
    return out;
  },
};

/** Whether the ServiceGrid selects pods of its own accord (constructs say; manifests show a selector). */
function hasOwnSelector(sg: ModelServiceGrid): boolean {
  if (sg.ownSelector !== undefined) return sg.ownSelector;
  const selector = sg.template?.selector;
  return selector !== null && typeof selector === 'object' && Object.keys(selector).length > 0;
}
