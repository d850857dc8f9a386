import { gridWhat, idOf, serviceGridWhat } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { namespaceProblem } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

const APPS = "pass a lower-case namespace such as 'apps'";

/** SE-M03: namespaces are DNS-1123 labels. */
export const NamespacesValid: TopologyRule = {
  id: 'SE-M03',
  severity: Severity.ERROR,
  area: RuleArea.METADATA,
  summary: 'namespaces (grids, ServiceGrids, ingress and controllers, edge-health, the chart) are DNS-1123 labels',
  explanation: 'A namespace name is a DNS-1123 label (at most 63 lower-case letters, digits and `-`, alphanumeric at both ends): the API server refuses objects in any other, and the grid controllers create the per-site workloads in the grid\'s namespace.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const c = model.cluster;
    const chart = namespaceProblem('namespace', c.namespace);
    if (chart) out.push({ origin: c.origin, message: `EdgeCluster "${idOf(c.origin)}": ${chart}`, fix: APPS });
    for (const g of model.grids) {
      const ns = namespaceProblem('metadata.namespace', g.namespace);
      if (ns) out.push({ origin: g.origin, message: `${gridWhat(g)}: ${ns}`, fix: APPS });
    }
    for (const g of model.serviceGrids) {
      const ns = namespaceProblem('metadata.namespace', g.namespace);
      if (ns) out.push({ origin: g.origin, message: `${serviceGridWhat(g)}: ${ns}`, fix: APPS });
    }
    for (const i of model.ingresses) {
      const problems = [
        namespaceProblem('namespace', i.namespace),
        i.emitsControllers ? namespaceProblem('controllerNamespace', i.controllerNamespace) : undefined,
      ].filter((x): x is string => x !== undefined);
      if (problems.length > 0) out.push({ origin: i.origin, message: `MultiRegionIngress "${i.name}": ${problems.join('; ')}`, fix: "pass a lower-case namespace such as 'ingress-nginx'" });
    }
    for (const h of model.edgeHealths) {
      const ns = namespaceProblem('namespace', h.namespace);
      if (ns) out.push({ origin: h.origin, message: `EdgeHealth "${idOf(h.origin)}": ${ns}`, fix: "pass the namespace the edge-health pods run in, e.g. 'kube-system'" });
    }
    return out;
  },
};
