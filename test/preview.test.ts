import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import {
  ControllerPreview, DeploymentGrid, EdgeCluster, GridCrd, NodeGroup, NodeUnit, ServiceGrid,
} from '../src';
import { gridProgram, seedSites } from './support/programs';
import { schemaProblems } from './support/schema';
import { cluster, find } from './support/synth';


describe('ControllerPreview', () => {
  test('the issue program: one Deployment / StatefulSet per unit, one Service per ServiceGrid, node labels', () => {
    const c = cluster();
    gridProgram(c);
    const objects = ControllerPreview.of(c).objects;
    expect(objects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Service/db-svc', 'Service/nginx-svc',
      'Deployment/nginx-beijing', 'Deployment/nginx-guangzhou',
      'StatefulSet/db-beijing', 'StatefulSet/db-guangzhou',
      'Node/bj-1', 'Node/bj-2', 'Node/gz-1', 'Node/gz-2', 'Node/gz-3',
    ]);
    expect(schemaProblems(objects)).toEqual([]);
  });

  test('NOTES §b.3 by hand: name <N>-<v>, grid labels plus the two controller labels, no annotations, nodeSelector injected, full replicas', () => {
    const c = cluster({ namespace: 'shop' });
    const { location } = seedSites(c);
    const g = new DeploymentGrid(c, 'web', {
      nodeGroup: location,
      replicas: 2,
      metadata: { labels: { app: 'web' }, annotations: { note: 'not copied' } },
      containers: [{ image: 'web:1' }],
    });
    // Other scheduling is kept as declared; only nodeSelector[<key>] is injected.
    g.scheduling.attract(kplus.Node.labeled(kplus.NodeLabelQuery.is('disk', 'ssd')));
    const objects = ControllerPreview.of(c).objects;
    const dg = find(objects, 'Deployment', 'web-guangzhou');
    expect(dg.apiVersion).toBe('apps/v1');
    expect(dg.metadata).toEqual({
      name: 'web-guangzhou',
      namespace: 'shop',
      labels: { 'app': 'web', 'superedge.io/grid-selector': 'web', 'superedge.io/grid-uniq-key': 'location' },
    });
    expect(dg.spec.replicas).toBe(2);
    expect(dg.spec.template.spec.nodeSelector).toEqual({ location: 'guangzhou' });
    expect(dg.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions)
      .toEqual([{ key: 'disk', operator: 'In', values: ['ssd'] }]);
    expect(dg.spec.selector).toEqual({ matchLabels: { 'cdk8s-superedge.io/deployment-grid': 'web' } });
    expect(find(objects, 'Deployment', 'web-beijing').spec.template.spec.nodeSelector).toEqual({ location: 'beijing' });
    expect(schemaProblems(objects)).toEqual([]);
  });

  test('NOTES §b.5: StatefulSets keep the template serviceName', () => {
    const c = cluster();
    gridProgram(c);
    const objects = ControllerPreview.of(c).objects;
    for (const unit of ['beijing', 'guangzhou']) {
      const set = find(objects, 'StatefulSet', `db-${unit}`);
      expect(set.spec.serviceName).toBe('db-svc');
      expect(set.spec.replicas).toBe(1);
      expect(set.spec.template.spec.nodeSelector).toEqual({ location: unit });
      expect(set.metadata.labels).toEqual({ 'superedge.io/grid-selector': 'db', 'superedge.io/grid-uniq-key': 'location' });
    }
  });

  test('NOTES §b.6: the Service is <N>-svc with topologyKeys ["<key>"], grid labels and annotations, the template verbatim', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new ServiceGrid(c, 'api', {
      nodeGroup: location,
      ports: [{ port: 80, targetPort: 8080 }],
      metadata: { labels: { app: 'api' }, annotations: { owner: 'edge' } },
    });
    const objects = ControllerPreview.of(c).objects;
    const svc = find(objects, 'Service', 'api-svc');
    expect(svc.metadata).toEqual({
      name: 'api-svc',
      labels: { 'app': 'api', 'superedge.io/grid-selector': 'api', 'superedge.io/grid-uniq-key': 'location' },
      annotations: { owner: 'edge', topologyKeys: '["location"]' },
    });
    expect(JSON.parse(svc.metadata.annotations.topologyKeys)).toEqual(['location']);
    expect(svc.spec).toEqual({ type: 'ClusterIP', ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] });
    expect(schemaProblems(objects)).toEqual([]);
  });

  test('NOTES §c: node labels <unit>=nodeunits.superedge.io and <group>=<unit>', () => {
    const c = cluster();
    seedSites(c);
    const objects = ControllerPreview.of(c).objects;
    expect(find(objects, 'Node', 'bj-1').metadata.labels).toEqual({ beijing: 'nodeunits.superedge.io', location: 'beijing' });
    expect(find(objects, 'Node', 'gz-3').metadata.labels).toEqual({ guangzhou: 'nodeunits.superedge.io', location: 'guangzhou' });
  });

  test('NOTES §b.4: overridden sites use their pool template, the others spec.template', () => {
    const c = cluster();
    const { location, gz } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', {
      nodeGroup: location,
      replicas: 2,
      gridCrd: GridCrd.POOL_METADATA_PRESERVED,
      containers: [{ image: 'nginx:1.25' }],
    });
    g.overrideSite(gz, { replicas: 6, image: 'nginx:1.26' });
    const objects = ControllerPreview.of(c).objects;
    const gzDep = find(objects, 'Deployment', 'nginx-guangzhou');
    const bjDep = find(objects, 'Deployment', 'nginx-beijing');
    expect(gzDep.spec.replicas).toBe(6);
    expect(gzDep.spec.template.spec.containers[0].image).toBe('nginx:1.26');
    expect(gzDep.spec.template.metadata.labels).toEqual({ 'cdk8s-superedge.io/deployment-grid': 'nginx' });
    expect(bjDep.spec.replicas).toBe(2);
    expect(bjDep.spec.template.spec.containers[0].image).toBe('nginx:1.25');
    expect(schemaProblems(objects)).toEqual([]);
  });

  test('NOTES §b.2: units without nodes give no grid value; groups referenced by name are not known', () => {
    const c = cluster();
    const { location } = seedSites(c);
    location.addNodeUnit(new NodeUnit(c, 'empty'));
    new DeploymentGrid(c, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25' }] });
    new DeploymentGrid(c, 'other', { nodeGroup: NodeGroup.fromName(c, 'ext', 'external'), containers: [{ image: 'x:1' }] });
    const names = ControllerPreview.of(c).objects.filter(o => o.kind === 'Deployment').map(o => o.metadata.name);
    expect(names).toEqual(['nginx-beijing', 'nginx-guangzhou']);
  });

  test('a scope inside the cluster previews only what it declares', () => {
    const c = cluster();
    gridProgram(c);
    const nginx = c.node.findChild('nginx');
    const objects = ControllerPreview.of(nginx).objects;
    expect(objects.map(o => o.metadata.name)).toEqual(['nginx-beijing', 'nginx-guangzhou']);
  });

  test('addChart writes a separate "<cluster>-controller-preview" file, never mixed into the cluster file', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'));
    const app = new App({ outdir });
    const c = new EdgeCluster(app, 'edge');
    ControllerPreview.of(c).addChart();
    gridProgram(c); // declared after addChart: the preview is computed at synthesis
    app.synth();
    expect(fs.readdirSync(outdir).sort()).toEqual(['edge-controller-preview.k8s.yaml', 'edge.k8s.yaml']);
    const preview = fs.readFileSync(path.join(outdir, 'edge-controller-preview.k8s.yaml'), 'utf-8');
    expect(preview).toContain('name: nginx-beijing');
    expect(preview).toContain('topologyKeys: \'["location"]\'');
    // Every object of the file says it is not for applying; ControllerPreview.objects stay exact.
    const docs = preview.split('\n---\n');
    expect(docs.length).toBeGreaterThan(3);
    for (const d of docs) expect(d).toContain('cdk8s-superedge.io/preview: created by the SuperEdge controllers; for review only, do not apply');
    expect(ControllerPreview.of(c).objects.every(o => o.metadata.annotations?.['cdk8s-superedge.io/preview'] === undefined)).toBe(true);
    const main = fs.readFileSync(path.join(outdir, 'edge.k8s.yaml'), 'utf-8');
    expect(main).not.toContain('kind: Deployment\n');
    expect(main).toContain('kind: DeploymentGrid');
  });
});
