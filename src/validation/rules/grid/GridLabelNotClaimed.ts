import { adoptedObjects, workloadKindOf } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { GRID_SELECTOR_LABEL } from '../../../superedge/labels';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W07: no user workload carries a grid's selector label. */
export const GridLabelNotClaimed: TopologyRule = {
  id: 'SE-W07',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'no user Deployment/StatefulSet carries superedge.io/grid-selector=<grid> (it would be adopted and deleted)',
  explanation: 'The grid controllers list the workloads labelled `superedge.io/grid-selector=<grid>` in the grid\'s namespace as their own, and delete the ones that are not `<grid>-<unit>` of a current site.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const kind = workloadKindOf(g);
      const adopted = adoptedObjects(model, kind, g.namespace, g.name);
      if (adopted.length === 0) continue;
      out.push({
        origin: g.origin,
        message: `${adopted.join(', ')} carries the label ${GRID_SELECTOR_LABEL}=${g.name} in the grid's namespace: the controller adopts it and deletes it, since it is not one of the grid's <grid>-<unit> ${kind}s`,
        fix: `remove the label ${GRID_SELECTOR_LABEL} from that object (the label is reserved for the controller)`,
      });
    }
    return out;
  },
};
