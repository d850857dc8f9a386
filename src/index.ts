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

// Node onboarding and the TKE Edge cluster as a request (issue 13).
export { NodeOnboarding, NodeOnboardingOptions } from './onboarding/node-onboarding';

// Fast synthesis (issue 12): an App with the same output, faster.
export * from './app/edge-app';
