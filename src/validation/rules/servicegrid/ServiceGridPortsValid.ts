import type { TopologyModel } from '../../../model/types';
import { portProblem } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-S11: ServiceGrid ports are ports, each port and protocol once. */
export const ServiceGridPortsValid: TopologyRule = {
  id: 'SE-S11',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'ServiceGrid ports, target ports and node ports are whole numbers 1-65535, each port/protocol once',
  explanation: 'The controller copies the ServiceGrid\'s template into a Service, and the API server refuses a Service whose ports, target ports or node ports are not whole numbers from 1 to 65535, or that lists one port and protocol twice.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.serviceGrids) {
      const ports = g.ports ?? [];
      const problems = ports.flatMap((p, i) => [
        portProblem(`ports[${i}].port`, p.port),
        portProblem(`ports[${i}].targetPort`, p.targetPort),
        portProblem(`ports[${i}].nodePort`, p.nodePort),
      ].filter((x): x is string => x !== undefined));
      const seen = new Set<string>();
      ports.forEach((p, i) => {
        if (p.port === undefined) return;
        const key = `${p.port}/${p.protocol ?? 'TCP'}`;
        if (seen.has(key)) problems.push(`ports[${i}] repeats port ${key}`);
        seen.add(key);
      });
      if (problems.length > 0) {
        out.push({ origin: g.origin, message: `ServiceGrid "${g.name}": ${problems.join('; ')}`, fix: 'pass each port once, as whole numbers from 1 to 65535, e.g. { port: 80, targetPort: 8080 }' });
      }
    }
    return out;
  },
};
