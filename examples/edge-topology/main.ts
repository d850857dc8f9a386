/**
 * The seed topology: two sites grouped by location, and a site promoted to an
 * offline-capable three-master K3s cluster (Kins).
 *
 *   npx projen examples   # writes examples/edge-topology/dist/edge.k8s.yaml
 */
import { App } from 'cdk8s';
import {
  ContainerRuntime, EdgeCluster, EdgeNode, KinsMode, KinsUnit, KubernetesVersion,
  NodeArchitecture, NodeGroup, NodeUnit, Platform,
} from '../../src';

const app = new App();
const cluster = new EdgeCluster(app, 'edge', {
  // On TKE Edge: what CreateTKEEdgeCluster needs besides the networks below
  // (`cdk8s-superedge tke create-cluster --program main.ts --dry-run` prints the request).
  platform: Platform.TKE_EDGE,
  clusterName: 'edge',
  region: 'ap-guangzhou',
  vpcId: 'vpc-e55paxnt',
  podCidr: '10.33.0.0/16',
  serviceCidr: '10.44.0.0/16',
  kubernetesVersion: KubernetesVersion.V1_22_5,
  containerRuntime: ContainerRuntime.CONTAINERD,
  maxPodsPerNode: 64,
});

const bj = new NodeUnit(cluster, 'beijing', { nodes: ['bj-1', 'bj-2'] });
const gz = new NodeUnit(cluster, 'guangzhou', {
  nodes: ['gz-1', 'gz-2'],
  edgeNodes: [new EdgeNode({ name: 'gz-3', architecture: NodeArchitecture.ARM64, networkCidr: '192.168.30.0/24', defaultInterface: 'eth0' })],
});
new NodeGroup(cluster, 'location', { nodeUnits: [bj, gz] });
new KinsUnit(cluster, 'demo', { nodes: ['k-1', 'k-2', 'k-3'], mode: KinsMode.THREE_MASTERS });

app.synth();
