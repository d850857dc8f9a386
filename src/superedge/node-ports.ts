/**
 * Ports that edge nodes keep for the platform. Internal: not exported.
 *
 * `edgectl check`, which the TKE Edge guide runs before every node installation,
 * requires these ports to be free on the node: 1443 (the tunnel's edge end and lite-apiserver's
 * local listener), 10249-10259 (kube-proxy, kubelet and their health and metrics
 * endpoints) and 51000-51020 (SuperEdge's own agents: edge-health's probe port, the
 * grid wrapper, the tunnel's local ports). A workload that takes one of them on the node
 * (`hostNetwork`, or a `hostPort`) either fails to start or breaks the platform agent
 * that needs the port, and a node where the port is taken before installation fails
 * `edgectl check`.
 *
 * This module imports nothing from the library; everything may import it.
 */

/** One reserved range of node ports (inclusive). */
export interface ReservedPortRange {
  readonly from: number;
  readonly to: number;
  /** Who uses it. */
  readonly usedBy: string;
}

/** The ports `edgectl check` requires free on every edge node. */
export const RESERVED_NODE_PORTS: readonly ReservedPortRange[] = [
  { from: 1443, to: 1443, usedBy: 'the tunnel and lite-apiserver' },
  { from: 10249, to: 10259, usedBy: 'kubelet and kube-proxy' },
  { from: 51000, to: 51020, usedBy: 'SuperEdge\'s node agents' },
];

/** The range a port falls in, or undefined. */
export function reservedRangeOf(port: number): ReservedPortRange | undefined {
  return RESERVED_NODE_PORTS.find(r => port >= r.from && port <= r.to);
}

/**
 * Platform components that take a reserved port on purpose, at their documented port:
 * edge-health listens on 51005 on every node it checks.
 */
export const PLATFORM_NODE_PORTS: readonly { readonly component: string; readonly port: number }[] = [
  { component: 'edge-health', port: 51005 },
];

/** The host ports of the per-unit ingress controllers (ingress-nginx with hostNetwork). */
export const INGRESS_CONTROLLER_HOST_PORTS: readonly number[] = [80, 443];
