import { gridPodFacts } from '../../../model/objects';
import type { ModelObject, ModelPod, TopologyModel } from '../../../model/types';
import { NODE_UNIT_LABEL_VALUE } from '../../../superedge/labels';
import { INGRESS_CONTROLLER_HOST_PORTS } from '../../../superedge/node-ports';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { ingressControllerUnit } from '../ingress-controllers';

/** SE-N06: on a unit with a per-unit ingress controller, host ports 80 and 443 are the controller's. */
export const IngressHostPortsFree: TopologyRule = {
  id: 'SE-N06',
  severity: Severity.ERROR,
  area: RuleArea.NODES,
  summary: 'on units with a per-unit ingress controller, no other workload takes host port 80 or 443',
  explanation: 'A MultiRegionIngress on open-source SuperEdge runs ingress-nginx with hostNetwork on the nodes of each of its '
    + 'units, listening on 80 and 443. Another workload that takes those ports on the same nodes (a hostPort, or hostNetwork) '
    + 'keeps one of them from starting: the scheduler places no two pods with the same host port on a node, and a hostNetwork '
    + 'container without a declared port fails to bind.',
  check(model: TopologyModel): RuleFinding[] {
    const controllers = new Map<string, ModelObject>(); // unit name -> its controller DaemonSet
    for (const o of model.objects) {
      const unit = ingressControllerUnit(o);
      if (unit !== undefined && !controllers.has(unit)) controllers.set(unit, o);
    }
    if (controllers.size === 0) return [];
    const out: RuleFinding[] = [];
    const report = (origin: string, what: string, pod: ModelPod, units: string[]) => {
      const ports = [...new Set(pod.hostPorts.filter(p => INGRESS_CONTROLLER_HOST_PORTS.includes(p.port)).map(p => p.port))].sort((a, b) => a - b);
      const hit = units.filter(u => controllers.has(u)).sort();
      if (ports.length === 0 || hit.length === 0) return;
      out.push({
        origin,
        message: `${what} takes host port ${ports.join(' and ')} on unit${hit.length > 1 ? 's' : ''} ${hit.map(u => `"${u}"`).join(', ')}, where the ingress controller ${controllers.get(hit[0])!.name} listens on 80 and 443 with hostNetwork`,
        fix: 'use other host ports (or none, behind a Service), or keep the workload off those units',
      });
    };
    for (const o of model.objects) {
      if (!o.pod || ingressControllerUnit(o) !== undefined) continue;
      report(o.origin, `${o.kind} "${o.name}"`, o.pod, unitsOf(o.pod, [...controllers.keys()]));
    }
    for (const g of model.grids) {
      const pod = gridPodFacts(g);
      if (!pod) continue;
      const group = model.groupsById.get(g.groupId);
      const units = (group?.memberIds ?? []).map(id => model.unitsById.get(id)?.name).filter((n): n is string => n !== undefined);
      report(g.origin, `${g.kind} "${g.name}"`, pod, units);
    }
    return out;
  },
};

/** The units (of those given) a pod may run on: the ones its node selector names, or all when it names none. */
function unitsOf(pod: ModelPod, units: string[]): string[] {
  const named = Object.entries(pod.nodeSelector).filter(([, v]) => v === NODE_UNIT_LABEL_VALUE).map(([k]) => k);
  return named.length === 0 ? units : units.filter(u => named.includes(u));
}
