import type { TopologyModel } from '../../../model/types';
import { isDns1123Subdomain, isLabelValue, siteNameProblem } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-I07: derived names are valid. */
export const IngressNamesValid: TopologyRule = {
  id: 'SE-I07',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: derived Ingress, IngressClass, DaemonSet names and labels must be valid',
  explanation: 'Each unit gets an Ingress `<name>-<unit>` and an IngressClass `<prefix><unit>` (and, with controllers, a DaemonSet and the instance label `<name>-<unit>`): all must be valid object names and label values.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ing of model.ingresses) {
      // Not for declared units whose names SE-U01 reports already (one root cause, one error).
      for (const u of ing.units.filter(x => !(x.id !== undefined && model.unitsById.get(x.id)?.declared && siteNameProblem(x.name) !== undefined))) {
        const bad: string[] = [];
        if (!isDns1123Subdomain(u.ingressName)) bad.push(`Ingress "${u.ingressName}"`);
        if (!isDns1123Subdomain(u.ingressClassName)) bad.push(`IngressClass "${u.ingressClassName}"`);
        if (ing.emitsControllers) {
          if (!isDns1123Subdomain(u.controllerName)) bad.push(`DaemonSet "${u.controllerName}"`);
          if (!isLabelValue(`${ing.name}-${u.name}`)) bad.push(`label value "${ing.name}-${u.name}" (at most 63 characters)`);
        }
        if (bad.length === 0) continue;
        out.push({
          origin: ing.origin,
          message: `MultiRegionIngress "${ing.name}" for unit "${u.name}" would create invalid names: ${bad.join(', ')}`,
          fix: 'pass a shorter lower-case name (or ingressClassPrefix)',
        });
      }
    }
    return out;
  },
};
