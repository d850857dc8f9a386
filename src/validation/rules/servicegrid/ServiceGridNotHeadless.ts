import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-S04: ServiceGrids are not headless. */
export const ServiceGridNotHeadless: TopologyRule = {
  id: 'SE-S04',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'ServiceGrids are not headless (clusterIp: None)',
  explanation: 'The per-site filtering happens in application-grid-wrapper, which serves the Service\'s cluster IP; a headless Service resolves to pod addresses directly and bypasses it. SuperEdge does not support headless ServiceGrids.',
  check(model: TopologyModel): RuleFinding[] {
    return model.serviceGrids.filter(sg => sg.template?.clusterIP === 'None').map(sg => ({
      origin: sg.origin,
      message: `ServiceGrid "${sg.name}" is headless (clusterIp: None): SuperEdge does not support headless ServiceGrids, and headless lookups bypass the per-site endpoint filtering`,
      fix: 'leave clusterIp unset',
    }));
  },
};
