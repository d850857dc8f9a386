import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-S04: a ServiceGrid is headless only for a StatefulSetGrid. */
export const ServiceGridNotHeadless: TopologyRule = {
  id: 'SE-S04',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'ServiceGrids are headless (clusterIp: None) only as the serviceGrid of a StatefulSetGrid',
  explanation: 'The per-site filtering happens in application-grid-wrapper, which serves the Service\'s cluster IP; a headless '
    + 'Service resolves to pod addresses directly and bypasses it. For a StatefulSetGrid, statefulset-grid-daemon publishes the '
    + 'per-site pod names on every edge node instead (SE-S10), which is how upstream documents headless ServiceGrids.',
  check(model: TopologyModel): RuleFinding[] {
    const served = new Set(model.grids.filter(g => g.kind === 'StatefulSetGrid' && g.serviceGridId).map(g => g.serviceGridId));
    return model.serviceGrids.filter(sg => sg.template?.clusterIP === 'None' && !served.has(sg.id)).map(sg => ({
      origin: sg.origin,
      message: `ServiceGrid "${sg.name}" is headless (clusterIp: None) but serves no StatefulSetGrid: headless lookups return the pods of every site and bypass the per-site endpoint filtering`,
      fix: 'leave clusterIp unset, or make it the serviceGrid of a StatefulSetGrid (whose pods statefulset-grid-daemon publishes per site)',
    }));
  },
};
