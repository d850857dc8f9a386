import { backendOf, ruleWhere, servicePortOf } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { servicePorts } from '../grid/helpers';

/** SE-I09: the port is one of the ServiceGrid's Service ports. */
export const BackendPortExists: TopologyRule = {
  id: 'SE-I09',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: the port is one of the ServiceGrid\'s Service ports',
  explanation: 'An Ingress backend names a port of the Service (`<grid>-svc`); a rule\'s port may also be the target port of exactly one of them, which is translated. Any other port routes nowhere.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ing of model.ingresses) {
      ing.rules.forEach((r, i) => {
        const sg = backendOf(model, r);
        if (!sg) return;
        const all = servicePorts(sg);
        const ports = all.map(p => p.port);
        if (ports.length === 0 || servicePortOf(sg, r.port) !== undefined) return;
        const where = ruleWhere(r, i);
        const byTarget = all.filter(p => p.targetPort === r.port).map(p => p.port);
        out.push({
          origin: ing.origin,
          message: byTarget.length > 1
            ? `${where} routes to port ${r.port}, the target port of several ports (${byTarget.join(', ')}) of ServiceGrid "${sg.name}", so the Service port is ambiguous`
            : `${where} routes to port ${r.port} of ServiceGrid "${sg.name}", whose Service has ports ${ports.join(', ')}`,
          fix: `use one of the Service's ports (${ports.join(', ')})`,
        });
      });
    }
    return out;
  },
};
