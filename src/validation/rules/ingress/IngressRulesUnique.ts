import { ruleWhere } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-I08: no two rules with the same host, path and path type. */
export const IngressRulesUnique: TopologyRule = {
  id: 'SE-I08',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: no two rules with the same host, path and path type',
  explanation: 'ingress-nginx routes one host, path and path type to one backend; a repeated rule is ignored or overrides the first, depending on the order the controller reads them.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ing of model.ingresses) {
      const seen = new Map<string, number>();
      ing.rules.forEach((r, i) => {
        const key = `${r.host ?? ''} ${r.path ?? '/'} ${r.pathType ?? 'Prefix'}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return;
        }
        out.push({
          origin: ing.origin,
          message: `MultiRegionIngress "${ing.name}" ${ruleWhere(r, i)} repeats rule ${first + 1}: the same host, path and path type can route to one backend only`,
          fix: 'remove one of the rules, or change its host or path',
        });
      });
    }
    return out;
  },
};
