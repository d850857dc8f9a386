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

// Add-ons and edge networking (issue 4).
export * from './addons/edge-health';
