/**
 * What the platform itself runs on every edge node, outside the manifests this library
 * emits, with the resources each reserves there. Capacity checks (SE-Q01/SE-Q02) add
 * these per node of every site. Internal: not exported.
 *
 * This module imports nothing from the library; everything may import it.
 */
export interface PlatformAgent {
  /** What it is, as capacity findings name it. */
  readonly name: string;
  /** The platform that runs it (a `Platform` value: `superedge`, `tke-edge`). */
  readonly platform: string;
  /** The cluster switch that turns it on (`EdgeClusterProps` name). */
  readonly enabledBy: 'logCollection';
  /** CPU reserved per node, millicores. */
  readonly cpuMillis: number;
  /** Memory reserved per node, bytes. */
  readonly memoryBytes: number;
  /** Where the figure comes from. */
  readonly source: string;
}

/**
 * The platform agents whose per-node reservations are documented.
 *
 * Not listed, because no figure for their requests is documented (the upstream
 * manifests of the pinned commit set none): tunnel-edge, application-grid-wrapper and
 * lite-apiserver (SuperEdge's own node components, NOTES §g), kube-proxy and the CNI.
 * Kubelet's system reservations are already subtracted from a node's allocatable,
 * which is what the catalogue's `cpu` / `memory` give.
 */
export const PLATFORM_AGENTS: PlatformAgent[] = [
  {
    name: 'TKE Edge log agent',
    platform: 'tke-edge',
    enabledBy: 'logCollection',
    // DOMAIN.md, "Observability (platform-provided)": "Monitoring and logging add-ons run as
    // DaemonSets in kube-system; each node reserves about 0.1 core and 16 MiB for the log
    // agent" (TKE Edge log collection documentation).
    cpuMillis: 100,
    memoryBytes: 16 * 2 ** 20,
    source: 'TKE Edge log collection: about 0.1 core and 16 MiB per node (DOMAIN.md, Observability)',
  },
];

/** The agents that run on every node of a cluster with these settings. */
export function platformAgentsFor(platform: string, settings: { logCollection: boolean }): PlatformAgent[] {
  return PLATFORM_AGENTS.filter(a => a.platform === platform && settings[a.enabledBy]);
}
