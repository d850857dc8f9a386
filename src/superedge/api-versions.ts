/**
 * Which API versions a cluster serves, by Kubernetes minor version. TKE Edge clusters
 * run Kubernetes 1.18, 1.20 or 1.22 and Kins unit clusters run 1.22, while cdk8s-plus-27
 * writes the versions a 1.27 cluster serves; an object of a version the cluster does
 * not serve is refused by its API server at apply time, at a remote site. Internal:
 * not exported.
 *
 * The table lists, for each built-in kind whose API version changed in the lifetime
 * of the clusters this library targets (1.16 to 1.29), every version of it: the first
 * minor that serves it and the first minor that no longer does (from the Kubernetes
 * deprecated-API migration guide and each release's changelog). Kinds that are not
 * listed (core `v1` kinds, `apps/v1`, custom resources) are served by every targeted
 * version, or are not ours to judge.
 *
 * This module imports nothing from the library; everything may import it.
 */

/** One API version of one kind, and the minor versions that serve it. */
export interface ServedApiVersion {
  readonly kind: string;
  /** `group/version`. */
  readonly apiVersion: string;
  /** The first Kubernetes 1.x minor that serves it. */
  readonly since: number;
  /** The first 1.x minor that no longer serves it; undefined while it is served. */
  readonly removedIn?: number;
}

const v = (kind: string, apiVersion: string, since: number, removedIn?: number): ServedApiVersion =>
  ({ kind, apiVersion, since, removedIn });

/** Every version of the kinds whose version moved between 1.16 and 1.29. */
export const SERVED_API_VERSIONS: readonly ServedApiVersion[] = [
  v('Ingress', 'extensions/v1beta1', 1, 22),
  v('Ingress', 'networking.k8s.io/v1beta1', 14, 22),
  v('Ingress', 'networking.k8s.io/v1', 19),
  v('IngressClass', 'networking.k8s.io/v1beta1', 18, 22),
  v('IngressClass', 'networking.k8s.io/v1', 19),
  v('CronJob', 'batch/v1beta1', 8, 25),
  v('CronJob', 'batch/v1', 21),
  v('HorizontalPodAutoscaler', 'autoscaling/v1', 2),
  v('HorizontalPodAutoscaler', 'autoscaling/v2beta1', 8, 25),
  v('HorizontalPodAutoscaler', 'autoscaling/v2beta2', 12, 26),
  v('HorizontalPodAutoscaler', 'autoscaling/v2', 23),
  v('PodDisruptionBudget', 'policy/v1beta1', 5, 25),
  v('PodDisruptionBudget', 'policy/v1', 21),
  v('PodSecurityPolicy', 'policy/v1beta1', 10, 25),
  v('EndpointSlice', 'discovery.k8s.io/v1beta1', 17, 25),
  v('EndpointSlice', 'discovery.k8s.io/v1', 21),
  v('RuntimeClass', 'node.k8s.io/v1beta1', 14, 25),
  v('RuntimeClass', 'node.k8s.io/v1', 20),
  v('CSIDriver', 'storage.k8s.io/v1beta1', 14, 22),
  v('CSIDriver', 'storage.k8s.io/v1', 18),
  v('CSIStorageCapacity', 'storage.k8s.io/v1beta1', 21, 27),
  v('CSIStorageCapacity', 'storage.k8s.io/v1', 24),
  v('PriorityClass', 'scheduling.k8s.io/v1beta1', 11, 22),
  v('PriorityClass', 'scheduling.k8s.io/v1', 14),
  v('Lease', 'coordination.k8s.io/v1beta1', 12, 22),
  v('Lease', 'coordination.k8s.io/v1', 14),
  v('CertificateSigningRequest', 'certificates.k8s.io/v1beta1', 4, 22),
  v('CertificateSigningRequest', 'certificates.k8s.io/v1', 19),
  v('Event', 'events.k8s.io/v1beta1', 8, 25),
  v('Event', 'events.k8s.io/v1', 19),
  v('MutatingWebhookConfiguration', 'admissionregistration.k8s.io/v1beta1', 9, 22),
  v('MutatingWebhookConfiguration', 'admissionregistration.k8s.io/v1', 16),
  v('ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/v1beta1', 9, 22),
  v('ValidatingWebhookConfiguration', 'admissionregistration.k8s.io/v1', 16),
  v('CustomResourceDefinition', 'apiextensions.k8s.io/v1beta1', 7, 22),
  v('CustomResourceDefinition', 'apiextensions.k8s.io/v1', 16),
  ...['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'].flatMap(k => [
    v(k, 'rbac.authorization.k8s.io/v1beta1', 6, 22),
    v(k, 'rbac.authorization.k8s.io/v1', 8),
  ]),
  v('FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta1', 20, 26),
  v('FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta2', 23, 29),
  v('FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta3', 26, 32),
  v('FlowSchema', 'flowcontrol.apiserver.k8s.io/v1', 29),
  v('PriorityLevelConfiguration', 'flowcontrol.apiserver.k8s.io/v1beta1', 20, 26),
  v('PriorityLevelConfiguration', 'flowcontrol.apiserver.k8s.io/v1beta2', 23, 29),
  v('PriorityLevelConfiguration', 'flowcontrol.apiserver.k8s.io/v1beta3', 26, 32),
  v('PriorityLevelConfiguration', 'flowcontrol.apiserver.k8s.io/v1', 29),
];

/** Whether a 1.`minor` cluster serves `kind` in `apiVersion`: undefined when the table does not know the kind. */
export function servesApiVersion(minor: number, kind: string, apiVersion: string): boolean | undefined {
  const versions = SERVED_API_VERSIONS.filter(e => e.kind === kind);
  if (versions.length === 0) return undefined;
  const entry = versions.find(e => e.apiVersion === apiVersion);
  if (!entry) return undefined; // a version the table does not list (e.g. a newer alpha): not judged
  return minor >= entry.since && (entry.removedIn === undefined || minor < entry.removedIn);
}

/** The API versions of `kind` that a 1.`minor` cluster serves, newest first. */
export function servedVersionsOf(minor: number, kind: string): string[] {
  return SERVED_API_VERSIONS
    .filter(e => e.kind === kind && minor >= e.since && (e.removedIn === undefined || minor < e.removedIn))
    .sort((a, b) => b.since - a.since)
    .map(e => e.apiVersion);
}

/**
 * The Kubernetes version of every Kins unit cluster: K3s built for 1.22, whatever the
 * parent cluster runs (Kins itself requires a 1.22 parent).
 */
export const KINS_KUBERNETES_MINOR = 22;

/**
 * The oldest Kubernetes minor the library's per-unit ingress controller runs on:
 * ingress-nginx 1.x (the library pins v1.3.1) reads networking.k8s.io/v1 Ingress and
 * IngressClass, served from 1.19.
 */
export const INGRESS_NGINX_MIN_KUBERNETES_MINOR = 19;
