/**
 * Facts about kinds: which are cluster-scoped, and the order in which the library
 * writes them so that `kubectl apply` of one file creates what others depend on first
 * (namespaces and CRDs, then RBAC and configuration, then the topology, then
 * workloads). Internal: not exported.
 *
 * This module imports nothing from the library; everything may import it.
 */

/** Kinds without a namespace: the built-in ones, and SuperEdge's NodeUnit and NodeGroup. */
export const CLUSTER_SCOPED_KINDS: ReadonlySet<string> = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment',
  'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'APIService', 'PriorityClass', 'RuntimeClass',
  'IngressClass', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding', 'CertificateSigningRequest', 'FlowSchema', 'PriorityLevelConfiguration',
  'NodeUnit', 'NodeGroup',
]);

/** Whether objects of `kind` have no namespace. */
export function isClusterScoped(kind: string): boolean {
  return CLUSTER_SCOPED_KINDS.has(kind);
}

/**
 * The order of kinds in the output. Units come before groups (a group reads its
 * units), Services before the grids that back them, and kinds not listed come last
 * (then by kind name).
 */
export const KIND_ORDER: readonly string[] = [
  'Namespace', 'CustomResourceDefinition', 'PriorityClass', 'StorageClass',
  'ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding',
  'Secret', 'ConfigMap', 'NodeUnit', 'NodeGroup', 'IngressClass',
  'Service', 'ServiceGrid', 'StatefulSetGrid', 'DeploymentGrid',
  'DaemonSet', 'Deployment', 'StatefulSet', 'Job', 'CronJob', 'Ingress',
];

/** The rank of `kind` in {@link KIND_ORDER}; unlisted kinds share the last rank. */
export function kindRank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i === -1 ? KIND_ORDER.length : i;
}
