/**
 * Names the SuperEdge controllers derive from ours, and the limits that follow from
 * them. A name that breaks a limit is accepted by the API server but breaks a
 * controller later, so the rules check them at synthesis. Internal: not exported.
 *
 * This module imports nothing from the library; everything may import it.
 */

/**
 * The application-grid-controller creates a ServiceGrid's Service as `<name>-svc`, and
 * a StatefulSetGrid's pods resolve each other as `<pod>.<servicegrid>-svc.<ns>...`.
 */
export const SERVICE_GRID_SUFFIX = '-svc';

/** The Service name a ServiceGrid called `gridName` gets from the controller. */
export function serviceGridServiceName(gridName: string): string {
  return `${gridName}${SERVICE_GRID_SUFFIX}`;
}

/**
 * The name of the workload a grid creates for one grid value (a unit of its group):
 * `<grid>-<unit>`. It must be a valid workload name for every unit of the group.
 */
export function gridWorkloadName(gridName: string, unitName: string): string {
  return `${gridName}-${unitName}`;
}

/**
 * Longest StatefulSet name: the controller adds a `controller-revision-hash` label
 * `<set>-<hash>` (at most 63), and pods are `<set>-<ordinal>` host names, so
 * `<grid>-<unit>` has at most 52 characters and no dots.
 */
export const MAX_STATEFULSET_NAME = 52;

/** Longest ServiceGrid name: `<name>-svc` must be a DNS-1035 label (63). */
export const MAX_SERVICE_GRID_NAME = 59;

/** Longest ServiceGrid name for the wrapper's EndpointSlice mode (`<name>-svc` within 57). */
export const MAX_SERVICE_GRID_NAME_ENDPOINTSLICE = 53;

/**
 * Longest Kins unit name at L4: the unit's StatefulSet `<unit>-server-kins` must stay
 * within {@link MAX_STATEFULSET_NAME}.
 */
export const MAX_KINS_L4_UNIT_NAME = 40;

/** Longest Kins unit name at L5: `<unit>-server-kins-join` must stay within 52. */
export const MAX_KINS_L5_UNIT_NAME = 35;

/** The TKE Edge console takes cluster names of at most 50 characters. */
export const MAX_CLUSTER_NAME = 50;
