import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { servicePorts } from '../grid/helpers';

/** SE-S05: a ServiceGrid has ports. */
export const ServiceGridHasPorts: TopologyRule = {
  id: 'SE-S05',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'a ServiceGrid has ports',
  explanation: 'The controller copies the template into a Service, and the API server rejects a Service (other than a headless one) without ports.',
  check(model: TopologyModel): RuleFinding[] {
    return model.serviceGrids.filter(sg => servicePorts(sg).length === 0).map(sg => ({
      origin: sg.origin,
      message: `ServiceGrid "${sg.name}" has no ports, and a Service without ports is rejected by the API server`,
      fix: 'pass ports, e.g. ports: [{ port: 80, targetPort: 8080 }]',
    }));
  },
};
