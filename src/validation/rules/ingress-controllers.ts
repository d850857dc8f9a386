import type { ModelObject } from '../../model/types';
import { NODE_UNIT_LABEL_VALUE } from '../../superedge/labels';
import { INGRESS_CONTROLLER_HOST_PORTS } from '../../superedge/node-ports';

/**
 * The unit of a per-unit ingress controller DaemonSet the library writes (hostNetwork
 * on 80 and 443, pinned to one unit by its `<unit>: nodeunits.superedge.io` label), or
 * undefined for any other object. Internal.
 */
export function ingressControllerUnit(o: ModelObject): string | undefined {
  if (!o.ownedByLibrary || o.kind !== 'DaemonSet' || !o.pod?.hostNetwork) return undefined;
  const ports = new Set(o.pod.hostPorts.map(p => p.port));
  if (!INGRESS_CONTROLLER_HOST_PORTS.every(p => ports.has(p))) return undefined;
  const keys = Object.entries(o.pod.nodeSelector).filter(([, v]) => v === NODE_UNIT_LABEL_VALUE).map(([k]) => k);
  return keys.length === 1 ? keys[0] : undefined;
}
