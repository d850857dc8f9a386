/**
 * Edge networking over the seed topology: one ingress entry point per site whose
 * traffic stays in that site, and edge-health checking inside each site.
 *
 *   npx projen examples   # writes examples/edge-network/dist/edge-network.k8s.yaml
 */
import { App } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  DeploymentGrid, EdgeCluster, EdgeHealth, MultiRegionIngress, NodeGroup, NodeUnit, ServiceGrid,
} from '../../src';

const app = new App();
const cluster = new EdgeCluster(app, 'edge-network');

const bj = new NodeUnit(cluster, 'beijing', { nodes: ['bj-1', 'bj-2'] });
const gz = new NodeUnit(cluster, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
const location = new NodeGroup(cluster, 'location', { nodeUnits: [bj, gz] });

const nginx = new DeploymentGrid(cluster, 'nginx', {
  nodeGroup: location,
  replicas: 2,
  // An unprivileged nginx build: listens on 8080 and writes only to /tmp, so it runs under
  // cdk8s-plus's defaults (non-root, read-only root filesystem).
  containers: [{
    image: 'nginxinc/nginx-unprivileged:1.25',
    portNumber: 8080,
    securityContext: { user: 101, group: 101 },
    volumeMounts: [{ path: '/tmp', volume: kplus.Volume.fromEmptyDir(cluster, 'nginx-tmp', 'tmp') }],
  }],
});
const nginxService = new ServiceGrid(cluster, 'nginx-service', {
  name: 'nginx', nodeGroup: location, selector: nginx, ports: [{ port: 8080 }],
});

new MultiRegionIngress(cluster, 'echo', {
  nodeUnits: [bj, gz],
  rules: [{ host: 'test.k8s.io', path: '/echo', serviceGrid: nginxService, port: 8080 }],
});
new EdgeHealth(cluster, 'health', { checkUnits: [bj, gz] });

app.synth();
