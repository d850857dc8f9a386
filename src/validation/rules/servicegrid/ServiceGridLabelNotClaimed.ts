import type { TopologyModel } from '../../../model/types';
import { GRID_SELECTOR_LABEL } from '../../../superedge/labels';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { adoptedObjects } from '../grid/helpers';

/** SE-S08: no user Service carries a ServiceGrid's selector label. */
export const ServiceGridLabelNotClaimed: TopologyRule = {
  id: 'SE-S08',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'no user Service carries superedge.io/grid-selector=<servicegrid> (it would be adopted and deleted)',
  explanation: 'The ServiceGrid controller lists the Services labelled `superedge.io/grid-selector=<grid>` in the grid\'s namespace as its own and deletes the ones that are not `<grid>-svc`.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const sg of model.serviceGrids) {
      const adopted = adoptedObjects(model, 'Service', sg.namespace, sg.name);
      if (adopted.length === 0) continue;
      out.push({
        origin: sg.origin,
        message: `${adopted.join(', ')} carries the label ${GRID_SELECTOR_LABEL}=${sg.name} in the grid's namespace: the controller adopts it and deletes it`,
        fix: `remove the label ${GRID_SELECTOR_LABEL} from that Service (the label is reserved for the controller)`,
      });
    }
    return out;
  },
};
