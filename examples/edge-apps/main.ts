/**
 * The seed's sites (beijing, guangzhou in the group 'location') running nginx in every
 * site with traffic kept inside the site, and postgres per site with stable per-site
 * DNS names; plus a preview of what the SuperEdge controllers will create from it.
 *
 *   npx projen examples   # writes examples/edge-apps/dist/edge.k8s.yaml (apply this)
 *                         # and edge-controller-preview.k8s.yaml (review only, never apply)
 */
import { App } from 'cdk8s';
import {
  ControllerPreview, DeploymentGrid, EdgeCluster, EdgeNode, NodeArchitecture, NodeGroup, NodeUnit,
  ServiceGrid, StatefulSetGrid,
} from '../../src';

const app = new App();
const cluster = new EdgeCluster(app, 'edge');

const bj = new NodeUnit(cluster, 'beijing', { nodes: ['bj-1', 'bj-2'] });
const gz = new NodeUnit(cluster, 'guangzhou', {
  nodes: ['gz-1', 'gz-2'],
  edgeNodes: [new EdgeNode({ name: 'gz-3', architecture: NodeArchitecture.ARM64, networkCidr: '192.168.30.0/24' })],
});
const location = new NodeGroup(cluster, 'location', { nodeUnits: [bj, gz] });

const nginx = new DeploymentGrid(cluster, 'nginx', {
  nodeGroup: location,
  replicas: 3,
  containers: [{ image: 'nginx:1.25', portNumber: 8080 }],
});
new ServiceGrid(cluster, 'nginx-service', {
  name: 'nginx',
  nodeGroup: location,
  selector: nginx,
  ports: [{ port: 80, targetPort: 8080 }],
});
const db = new ServiceGrid(cluster, 'db-service', { name: 'db', nodeGroup: location, ports: [{ port: 5432 }] });
new StatefulSetGrid(cluster, 'db', {
  nodeGroup: location,
  replicas: 1,
  serviceGrid: db,
  containers: [{ image: 'postgres:16', portNumber: 5432 }],
});

// What the controllers will create (<grid>-<unit> Deployments/StatefulSets, <name>-svc
// Services, node labels), in its own file for reviewing GitOps diffs.
ControllerPreview.of(cluster).addChart();

app.synth();
