import { backendOf, ruleWhere } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-I06: backends are in the ingress's namespace. */
export const BackendInNamespace: TopologyRule = {
  id: 'SE-I06',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: backends are in the namespace of the Ingress objects',
  explanation: 'An Ingress routes only to Services of its own namespace.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ing of model.ingresses) {
      ing.rules.forEach((r, i) => {
        const sg = backendOf(model, r);
        if (!sg || (sg.namespace ?? '') === (ing.namespace ?? '')) return;
        out.push({
          origin: ing.origin,
          message: `ServiceGrid "${sg.name}" (${ruleWhere(r, i)}) is in namespace "${sg.namespace ?? '(chart default)'}" but the Ingress objects are in "${ing.namespace ?? '(chart default)'}": an Ingress routes only to Services of its own namespace`,
          fix: 'give the MultiRegionIngress the namespace of its ServiceGrid backends (namespace prop), or split it per namespace',
        });
      });
    }
    return out;
  },
};
