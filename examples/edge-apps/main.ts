/**
 * The seed's sites (beijing, guangzhou in the group 'location') running nginx in every
 * site with traffic kept inside the site, and postgres per site with stable per-site
 * DNS names; plus a preview of what the SuperEdge controllers will create from it.
 *
 * The images run as they are on a real cluster under cdk8s-plus's secure defaults
 * (non-root, read-only root filesystem): an unprivileged nginx build that listens on
 * 8080 and writes only to /tmp, and postgres as its own user with writable volumes.
 *
 *   npx projen examples   # writes examples/edge-apps/dist/edge.k8s.yaml (apply this)
 *                         # and edge-controller-preview.k8s.yaml (review only, never apply),
 *                         # and the same as a kustomize tree in examples/edge-apps/gitops/
 */
import { App, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  ControllerPreview, DeploymentGrid, EdgeCluster, EdgeNode, KubernetesVersion, KustomizeLayout, NodeArchitecture,
  NodeGroup, NodeUnit, Platform, ServiceGrid, StatefulSetGrid,
} from '../../src';

const app = new App();
// On TKE Edge; `cdk8s-superedge tke create-cluster --program main.ts --dry-run` prints the
// CreateTKEEdgeCluster request of these facts.
const cluster = new EdgeCluster(app, 'edge', {
  platform: Platform.TKE_EDGE,
  clusterName: 'edge-apps',
  region: 'ap-beijing',
  vpcId: 'vpc-2k9ma8x1',
  kubernetesVersion: KubernetesVersion.V1_22_5,
  podCidr: '10.33.0.0/16',
  serviceCidr: '10.44.0.0/16',
});

const bj = new NodeUnit(cluster, 'beijing', { nodes: ['bj-1', 'bj-2'] });
const gz = new NodeUnit(cluster, 'guangzhou', {
  nodes: ['gz-1', 'gz-2'],
  edgeNodes: [new EdgeNode({ name: 'gz-3', architecture: NodeArchitecture.ARM64, networkCidr: '192.168.30.0/24' })],
});
const location = new NodeGroup(cluster, 'location', { nodeUnits: [bj, gz] });

// nginx in every site; callers reach their own site's pods through the ServiceGrid.
const nginx = new DeploymentGrid(cluster, 'nginx', {
  nodeGroup: location,
  replicas: 3,
  containers: [{
    image: 'nginxinc/nginx-unprivileged:1.25',
    portNumber: 8080,
    securityContext: { user: 101, group: 101 },
    volumeMounts: [{ path: '/tmp', volume: kplus.Volume.fromEmptyDir(cluster, 'nginx-tmp', 'tmp') }],
  }],
});
new ServiceGrid(cluster, 'nginx-service', {
  name: 'nginx',
  nodeGroup: location,
  selector: nginx,
  ports: [{ port: 80, targetPort: 8080 }],
});

// postgres per site: db-0.db-svc.<namespace>.svc.cluster.local resolves to the caller's own site.
// The password comes from a Secret created out of band; only its name is in the manifests.
const password = kplus.Secret.fromSecretName(cluster, 'db-password', 'db-password');
const db = new ServiceGrid(cluster, 'db-service', { name: 'db', nodeGroup: location, ports: [{ port: 5432 }] });
new StatefulSetGrid(cluster, 'db', {
  nodeGroup: location,
  replicas: 1,
  serviceGrid: db,
  containers: [{
    image: 'postgres:16',
    portNumber: 5432,
    securityContext: { user: 999, group: 999 },
    envVariables: {
      POSTGRES_PASSWORD: kplus.EnvValue.fromSecretValue({ secret: password, key: 'password' }),
      PGDATA: kplus.EnvValue.fromValue('/var/lib/postgresql/data/pgdata'),
    },
    resources: {
      cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(1000) },
      memory: { request: Size.mebibytes(128), limit: Size.mebibytes(512) },
    },
    volumeMounts: [
      // The grid CRDs prune volume claim templates' metadata, so the data lives on the node here.
      { path: '/var/lib/postgresql/data', volume: kplus.Volume.fromEmptyDir(cluster, 'db-data', 'data') },
      { path: '/var/run/postgresql', volume: kplus.Volume.fromEmptyDir(cluster, 'db-run', 'run') },
    ],
  }],
});

// What the controllers will create (<grid>-<unit> Deployments/StatefulSets, <name>-svc
// Services, node labels), in its own file for reviewing GitOps diffs.
ControllerPreview.of(cluster).addChart();

app.synth();

// The same, one object per file with kustomizations, for a GitOps repository
// (`kubectl apply -k gitops`, or point Argo CD / Flux at it).
KustomizeLayout.write(app, 'gitops');
