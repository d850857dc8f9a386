import { gridPodFacts } from '../../../model/objects';
import type { ModelHostPort, ModelPod, TopologyModel } from '../../../model/types';
import { PLATFORM_NODE_PORTS, reservedRangeOf } from '../../../superedge/node-ports';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-N05: no workload takes a port edge nodes reserve for the platform. */
export const ReservedNodePorts: TopologyRule = {
  id: 'SE-N05',
  severity: Severity.ERROR,
  area: RuleArea.NODES,
  summary: 'workloads do not take the node ports edgectl check reserves (1443, 10249-10259, 51000-51020) with hostNetwork or hostPort',
  explanation: '`edgectl check` requires 1443, 10249-10259 and 51000-51020 free on every edge node: the tunnel, lite-apiserver, '
    + 'kubelet, kube-proxy and SuperEdge\'s node agents listen there. A grid or workload that takes one of them on the node '
    + '(hostNetwork, or a hostPort) fails to start or breaks the agent that needs it. The platform\'s own components at their '
    + 'documented ports (edge-health on 51005) are the exception.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const o of model.objects) {
      if (!o.pod) continue;
      for (const p of o.pod.hostPorts) {
        if (isPlatformPort(o.pod, p, o.ownedByLibrary)) continue;
        const f = finding(o.origin, `${o.kind} "${o.name}"`, p, o.pod.hostNetwork);
        if (f) out.push(f);
      }
    }
    for (const g of model.grids) {
      const pod = gridPodFacts(g);
      if (!pod) continue;
      for (const p of pod.hostPorts) {
        const f = finding(g.origin, `${g.kind} "${g.name}"`, p, pod.hostNetwork);
        if (f) out.push(f);
      }
    }
    return out;
  },
};

/**
 * Whether a host port is a platform component's own, at its documented port: the
 * library's own objects, or a container running the component's image (an edge-health
 * DaemonSet from the platform's manifests, read by lint or import).
 */
function isPlatformPort(pod: ModelPod, p: ModelHostPort, ownedByLibrary: boolean): boolean {
  const component = PLATFORM_NODE_PORTS.find(x => x.port === p.port);
  if (!component) return false;
  if (ownedByLibrary) return true;
  const image = pod.containers.find(c => c.name === p.container)?.image ?? '';
  const repository = image.split('@')[0].replace(/:[^/:]*$/, '');
  return repository.split('/').pop() === component.component;
}

function finding(origin: string, what: string, p: ModelHostPort, hostNetwork: boolean): RuleFinding | undefined {
  const range = reservedRangeOf(p.port);
  if (!range) return undefined;
  const how = hostNetwork ? 'with hostNetwork' : 'as a hostPort';
  const span = range.from === range.to ? `${range.from}` : `${range.from}-${range.to}`;
  return {
    origin,
    message: `${what} takes node port ${p.port}/${p.protocol} (container "${p.container}") ${how}, which edge nodes keep free for ${range.usedBy} (edgectl check requires ${span} free)`,
    fix: hostNetwork
      ? 'move the container to another port, or leave hostNetwork off and reach it through a Service'
      : 'use a hostPort outside 1443, 10249-10259 and 51000-51020, or no hostPort (a Service)',
  };
}
