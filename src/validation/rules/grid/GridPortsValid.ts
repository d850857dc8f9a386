import type { TopologyModel } from '../../../model/types';
import { portProblem } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { gridContainers, gridWhat } from '../metadata/helpers';

/** SE-W13: grid container ports and host ports are ports. */
export const GridPortsValid: TopologyRule = {
  id: 'SE-W13',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'grid container ports and host ports are whole numbers 1-65535',
  explanation: 'A container port or host port is a whole number from 1 to 65535; the API server refuses the per-site workloads of a template with any other (`80.5`, `NaN`, `0`, `70000`).',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const problems: string[] = [];
      for (const c of gridContainers(g)) {
        for (const p of Array.isArray(c.ports) ? c.ports : []) {
          if (p === null || typeof p !== 'object') continue;
          const problem = portProblem(`container "${c.name ?? ''}" port`, p.containerPort) ?? portProblem(`container "${c.name ?? ''}" host port`, p.hostPort);
          if (problem) problems.push(problem);
        }
      }
      if (problems.length > 0) out.push({ origin: g.origin, message: `${gridWhat(g)}: ${problems.join('; ')}`, fix: 'pass portNumber as a whole number from 1 to 65535, e.g. portNumber: 8080' });
    }
    return out;
  },
};
