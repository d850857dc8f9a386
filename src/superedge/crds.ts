/**
 * Facts about the grid CRDs (DeploymentGrid, StatefulSetGrid, ServiceGrid,
 * `superedge.io/v1`). Their embedded schemas are from the Kubernetes 1.20 era and the
 * API server prunes what they do not declare. Internal: not exported.
 *
 * Two flavours exist (the public `GridCrd` enum names them): the upstream CRDs, which
 * application-grid-controller installs and re-applies every minute and which prune
 * `spec.templatePool.*.template.metadata` (a pool template then has no pod labels and
 * its Deployment is rejected, so per-site overrides cannot work), and CRDs that keep
 * that metadata, installed from the controller's own manifest folder so that the
 * controller does not revert them. Without a statement of which is installed, the
 * library assumes the upstream ones.
 *
 * This module imports nothing from the library; everything may import it.
 */

/** Pod spec fields newer than the grid CRDs' schemas (pruned). */
export const NEWER_POD_FIELDS: readonly string[] = ['os', 'hostUsers', 'schedulingGates', 'resourceClaims'];
/** Container fields newer than the grid CRDs' schemas (pruned). */
export const NEWER_CONTAINER_FIELDS: readonly string[] = ['restartPolicy', 'resizePolicy'];
/** StatefulSet spec fields newer than the StatefulSetGrid schema (pruned). */
export const NEWER_STATEFULSET_FIELDS: readonly string[] = ['minReadySeconds', 'persistentVolumeClaimRetentionPolicy', 'ordinals'];
/** Service spec fields newer than the ServiceGrid schema (pruned). */
export const NEWER_SERVICE_FIELDS: readonly string[] = ['internalTrafficPolicy', 'loadBalancerClass', 'trafficDistribution'];

/** App context key that sets the grid CRD flavour for every grid of the app. */
export const GRID_CRD_CONTEXT_KEY = 'cdk8s-superedge:gridCrd';
