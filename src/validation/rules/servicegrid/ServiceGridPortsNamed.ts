import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { servicePorts } from '../grid/helpers';

/** SE-S06: several ports are named uniquely. */
export const ServiceGridPortsNamed: TopologyRule = {
  id: 'SE-S06',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'a ServiceGrid with several ports names each port uniquely',
  explanation: 'The API server requires every port of a Service with more than one port to have a name, unique in the Service.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const sg of model.serviceGrids) {
      const ports = servicePorts(sg);
      if (ports.length <= 1) continue;
      const names = ports.map(p => p.name);
      const dup = names.filter((n, i) => n !== undefined && names.indexOf(n) !== i);
      if (!names.some(n => n === undefined || n === '') && dup.length === 0) continue;
      out.push({
        origin: sg.origin,
        message: `ServiceGrid "${sg.name}" has ${ports.length} ports (${ports.map(p => `${p.port}${p.name ? `/${p.name}` : ''}`).join(', ')}) without a unique name each; a Service with several ports needs them`,
        fix: "give every port a distinct name, e.g. { port: 80, name: 'http' }",
      });
    }
    return out;
  },
};
