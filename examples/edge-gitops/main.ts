/**
 * The GitOps issue's program: the seed's sites with nginx in every site, and a
 * factory promoted to a Kins unit (its own K3s cluster, delivered in wave 2) that runs
 * a PLC gateway inside it. Written three ways:
 *
 *   npx projen examples   # examples/edge-gitops/dist/*.k8s.yaml (one file per chart),
 *                         # examples/edge-gitops/layout/argo-cd/ (ApplicationSet, rolling sync by wave)
 *                         # examples/edge-gitops/layout/flux/    (GitRepository + Kustomizations)
 */
import { App } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, EdgeCluster, GitOpsEngine, GitOpsLayout, KinsMode, KinsUnit, NodeGroup, NodeUnit, ServiceGrid } from '../../src';

const app = new App();
const cluster = new EdgeCluster(app, 'edge');

const bj = new NodeUnit(cluster, 'beijing', { nodes: ['bj-1', 'bj-2'] });
const gz = new NodeUnit(cluster, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
const location = new NodeGroup(cluster, 'location', { nodeUnits: [bj, gz] });
const nginx = new DeploymentGrid(cluster, 'nginx', {
  nodeGroup: location,
  replicas: 2,
  containers: [{ image: 'nginxinc/nginx-unprivileged:1.25', portNumber: 8080 }],
});
new ServiceGrid(cluster, 'nginx-service', { name: 'nginx', nodeGroup: location, selector: nginx, ports: [{ port: 80, targetPort: 8080 }] });

// The issue's program.
const factory = new KinsUnit(cluster, 'factory', { nodes: ['f-1', 'f-2', 'f-3'], mode: KinsMode.THREE_MASTERS, wave: 2 });
new kplus.Deployment(factory.unitChart, 'plc-gateway', { containers: [{ image: 'factory/plc-gw:2.1', portNumber: 8080 }] });

app.synth();
GitOpsLayout.write(app, 'layout/argo-cd', {
  engine: GitOpsEngine.ARGO_CD,
  repoUrl: 'https://git.example.com/edge/fleet.git',
  revision: 'main',
  repoPath: 'examples/edge-gitops/layout/argo-cd', // the layout's folder in the repository
  progressive: true, // Argo CD rolling sync by wave
});
GitOpsLayout.write(app, 'layout/flux', {
  engine: GitOpsEngine.FLUX,
  repoUrl: 'https://git.example.com/edge/fleet.git',
  repoPath: 'examples/edge-gitops/layout/flux',
});
