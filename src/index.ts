// Topology: the cluster and its sites.
export * from './topology/cluster-options';
export * from './topology/edge-cluster';
export * from './topology/edge-node';
export * from './topology/selectors';
export * from './topology/node-unit';
export * from './topology/node-group';
export * from './topology/kins-unit';

// Validation: findings of the topology checks.
export { Finding, Findings, Severity } from './validation/findings';

// Application grids (issue 3).
export { GridCrd, GridProps, GridWorkload, SiteOverride } from './workloads/grid-base';
export { DeploymentGrid, DeploymentGridProps } from './workloads/deployment-grid';
export { StatefulSetGrid, StatefulSetGridProps } from './workloads/statefulset-grid';
export { ServiceGrid, ServiceGridProps } from './networking/service-grid';
export { ControllerPreview, ControllerPreviewChartProps } from './preview/controller-preview';

// Add-ons and edge networking (issue 4).
export * from './addons/edge-health';
export * from './networking/multi-region-ingress';
export * from './networking/cross-region-proxy';
export * from './addons/eni';
export * from './addons/gpu';

// GitOps output.
export * from './gitops/kustomize-layout';

// The fleet as data: site catalogues, selections, rollouts in waves (issue 10).
export { SiteCatalog, SiteNodeGroupOptions, SiteNodeRecord, SiteRecord } from './catalog/site-catalog';
export { SiteSelection } from './catalog/site-selection';
export { GridRollout, GridRolloutProps } from './rollout/grid-rollout';

// Node onboarding and the TKE Edge cluster as a request (issue 13).
export { NodeOnboarding, NodeOnboardingOptions } from './onboarding/node-onboarding';
// GitOps targets and engines (issue 11).
export { GitOpsEngine } from './gitops/gitops-engine';
export { GitOpsLayout, GitOpsLayoutProps } from './gitops/gitops-layout';

// Pictures of a topology (issue 11).
export { GraphCluster, GraphGrid, GraphGroup, GraphInput, GraphUnit } from './graph/graph-input';
export { GraphOptions } from './graph/graph-options';
export { TopologyGraph } from './graph/topology-graph';

// edge-health that works: check plugins and edge-health-admission's TLS (issue 9).
export { EdgeHealthPlugin, EdgeHealthPluginOptions } from './addons/edge-health-plugin';
export { AdmissionTls, CertManagerIssuerKind, CertManagerTlsOptions } from './addons/admission-tls';
export { NodeGroupWorkload, NodeGroupWorkloadType } from './topology/node-group-workload';

// Fast synthesis (issue 12): an App with the same output, faster.
export * from './app/edge-app';
