/**
 * The three programs the issues require to work as written, run together, exactly as
 * a user would: synthesized with app.synth() to files, every object schema-valid.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Yaml } from 'cdk8s';
import {
  ControllerPreview, DeploymentGrid, EdgeCluster, EdgeHealth, KinsMode, KinsUnit, MultiRegionIngress,
  NodeGroup, NodeUnit, ServiceGrid, StatefulSetGrid,
} from '../src';
import { schemaProblems } from './support/schema';

function program(outdir: string) {
  // Issue 2: the topology.
  const app = new App({ outdir });
  const cluster = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
  const bj = new NodeUnit(cluster, 'beijing', { nodes: ['bj-1', 'bj-2'] });
  const gz = new NodeUnit(cluster, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
  const location = new NodeGroup(cluster, 'location', { nodeUnits: [bj, gz] });
  new KinsUnit(cluster, 'demo', { nodes: ['k-1', 'k-2', 'k-3'], mode: KinsMode.THREE_MASTERS });

  // Issue 3: the grids.
  const nginx = new DeploymentGrid(cluster, 'nginx', {
    nodeGroup: location,
    replicas: 3,
    containers: [{ image: 'nginx:1.25', portNumber: 8080 }],
  });
  const nginxService = new ServiceGrid(cluster, 'nginx-service', {
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
  const objects = ControllerPreview.of(cluster).objects;

  // Issue 4: ingress and edge-health.
  new MultiRegionIngress(cluster, 'echo', {
    nodeUnits: [bj, gz],
    rules: [{ host: 'test.k8s.io', path: '/echo', serviceGrid: nginxService, port: 8080 }],
  });
  new EdgeHealth(cluster, 'health', { checkUnits: [bj, gz] });
  return { app, cluster, objects };
}

test('the issue programs synthesize as written, and every object is schema-valid', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'issues-'));
  const { app, objects } = program(outdir);
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    app.synth();
  } finally {
    spy.mockRestore();
  }
  const written = Yaml.load(path.join(outdir, 'edge.k8s.yaml'));
  const kinds = written.map((o: any) => `${o.kind}/${o.metadata.name}`);
  expect(kinds).toEqual(expect.arrayContaining([
    'NodeUnit/beijing', 'NodeUnit/guangzhou', 'NodeUnit/demo', 'NodeGroup/location',
    'DeploymentGrid/nginx', 'StatefulSetGrid/db', 'ServiceGrid/nginx', 'ServiceGrid/db',
    'Ingress/echo-beijing', 'Ingress/echo-guangzhou', 'ConfigMap/edge-health-config',
  ]));
  expect(objects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual(expect.arrayContaining([
    'Deployment/nginx-beijing', 'Deployment/nginx-guangzhou', 'StatefulSet/db-beijing', 'StatefulSet/db-guangzhou',
    'Service/nginx-svc', 'Service/db-svc',
  ]));
  expect(schemaProblems([...written, ...objects])).toEqual([]);
});

test('the same bytes from two runs', () => {
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const a = program(fs.mkdtempSync(path.join(os.tmpdir(), 'issues-'))).app.synthYaml();
    const b = program(fs.mkdtempSync(path.join(os.tmpdir(), 'issues-'))).app.synthYaml();
    expect(a).toBe(b);
    // The warnings, one block per app: issue 3's stock nginx:1.25 and postgres:16 start as
    // root under cdk8s-plus' runAsNonRoot (SE-V04: they would never start), and the Kins
    // unit's nodes are not in a checked unit (edge-health SE-H04).
    const blocks = spy.mock.calls.map(c => String(c[0])).filter(l => l.includes('warning'));
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      expect(block.split('\n').filter(l => l.startsWith('  [')).map(l => l.split(':')[0]))
        .toEqual(['  [edge/db] SE-V04', '  [edge/health] SE-H04', '  [edge/nginx] SE-V04']);
    }
  } finally {
    spy.mockRestore();
  }
});
