import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import {
  ControllerPreview, DeploymentGrid, EdgeApp, EdgeCluster, GridCrd, NodeGroup, NodeUnit, ServiceGrid,
} from '../src';
import { gridProgram, seedSites } from './support/programs';
import { schemaProblems } from './support/schema';
import { cluster, find } from './support/synth';
import { isShared, toYamlDocument, toYamlDocuments } from '../src/render/yaml-writer';


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

  test('a scope below the cluster holds only its own grids, ServiceGrids and units, expanded over the whole cluster', () => {
    const c = cluster();
    const { location } = seedSites(c); // the units and the group are outside the scope
    const team = new Construct(c, 'team');
    new NodeUnit(team, 'shanghai', { nodes: ['sh-1'] });
    new DeploymentGrid(team, 'web', { nodeGroup: location, containers: [{ image: 'web:1' }] });
    new ServiceGrid(team, 'web-service', { name: 'web', nodeGroup: location, ports: [{ port: 80 }] });
    new DeploymentGrid(c, 'other', { nodeGroup: location, containers: [{ image: 'other:1' }] });
    new ServiceGrid(c, 'other-service', { name: 'other', nodeGroup: location, ports: [{ port: 80 }] });
    const names = (objects: any[]) => objects.map(o => `${o.kind}/${o.metadata.name}`);
    expect(names(ControllerPreview.of(team).objects)).toEqual([
      'Service/web-svc', 'Deployment/web-beijing', 'Deployment/web-guangzhou', 'Node/sh-1',
    ]);
    // A sibling whose path starts like the scope's is not inside it.
    new DeploymentGrid(c, 'team-2', { nodeGroup: location, containers: [{ image: 'x:1' }] });
    expect(names(ControllerPreview.of(team).objects)).not.toContain('Deployment/team-2-beijing');
    // The whole cluster holds everything, the same objects for the scope's part.
    const all = ControllerPreview.of(c).objects;
    expect(names(all)).toEqual(expect.arrayContaining(['Deployment/other-beijing', 'Service/other-svc', 'Node/bj-1', 'Node/sh-1', 'Deployment/team-2-beijing']));
    expect(find(all, 'Deployment', 'web-beijing')).toEqual(find(ControllerPreview.of(team).objects, 'Deployment', 'web-beijing'));
  });

  test('sites that run the same template share its parts and the grid labels (frozen); metadata and nodeSelector are their own', () => {
    const c = cluster({ namespace: 'shop' });
    const { location, gz } = seedSites(c);
    location.addNodeUnit(new NodeUnit(c, 'shanghai', { nodes: ['sh-1'] }));
    const g = new DeploymentGrid(c, 'web', {
      nodeGroup: location,
      gridCrd: GridCrd.POOL_METADATA_PRESERVED,
      containers: [{ image: 'web:1', portNumber: 8080 }],
    });
    g.overrideSite(gz, { image: 'web:2' });
    const objects = ControllerPreview.of(c).objects;
    const [bj, sh, gzDep] = ['web-beijing', 'web-shanghai', 'web-guangzhou'].map(n => find(objects, 'Deployment', n));
    // Shared: the template's parts.
    expect(bj.spec.template.spec.containers).toBe(sh.spec.template.spec.containers);
    expect(bj.spec.template.metadata).toBe(sh.spec.template.metadata);
    expect(bj.spec.selector).toBe(sh.spec.selector);
    expect(bj.metadata.labels).toBe(sh.metadata.labels);
    expect(Object.isFrozen(bj.spec.template.spec.containers)).toBe(true);
    expect(Object.isFrozen(bj.spec.template.spec.containers[0])).toBe(true);
    expect(isShared(bj.spec.template.spec.containers)).toBe(true);
    // Each site's own: the path to its nodeSelector, and its metadata.
    expect(bj.spec).not.toBe(sh.spec);
    expect(bj.spec.template).not.toBe(sh.spec.template);
    expect(bj.spec.template.spec).not.toBe(sh.spec.template.spec);
    expect(bj.metadata).not.toBe(sh.metadata);
    expect(bj.spec.template.spec.nodeSelector).toEqual({ location: 'beijing' });
    expect(sh.spec.template.spec.nodeSelector).toEqual({ location: 'shanghai' });
    expect(Object.isFrozen(bj.spec)).toBe(false);
    // The overridden site runs its pool entry: nothing of it is shared with the others.
    expect(gzDep.spec.template.spec.containers[0].image).toBe('web:2');
    expect(bj.spec.template.spec.containers[0].image).toBe('web:1');
    expect(gzDep.spec.template.spec.containers).not.toBe(bj.spec.template.spec.containers);
    // Keys in canonical order at every level, as before the sharing.
    expect(Object.keys(bj)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(Object.keys(bj.metadata)).toEqual(['labels', 'name', 'namespace']);
    expect(Object.keys(bj.spec)).toEqual([...Object.keys(bj.spec)].sort());
    expect(Object.keys(bj.spec.template.spec)).toEqual([...Object.keys(bj.spec.template.spec)].sort());
    // Node stubs share nothing: the same labels for the nodes of a unit, each its own object.
    const [gz1, gz2] = ['gz-1', 'gz-2'].map(n => find(objects, 'Node', n).metadata.labels);
    expect(gz1).toEqual(gz2);
    expect(gz1).not.toBe(gz2);
    expect(Object.isFrozen(gz1)).toBe(false);
  });

  test('nothing leaks between sites: each one serializes as a deep copy of it does, in any order', () => {
    const app = new EdgeApp({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'preview-')) });
    const c = new EdgeCluster(app, 'edge', { namespace: 'shop' });
    const { location, gz } = seedSites(c);
    location.addNodeUnit(new NodeUnit(c, 'shanghai', { nodes: ['sh-1'] }));
    new NodeUnit(c, 'lab', { nodes: ['gz-1'], nodeLabels: { tier: 'lab' } }); // gz-1 in two units
    const g = new DeploymentGrid(c, 'web', {
      nodeGroup: location,
      gridCrd: GridCrd.POOL_METADATA_PRESERVED,
      replicas: 2,
      containers: [{ image: 'web:1', portNumber: 8080, envVariables: { MODE: { value: 'a\nb' } } }], // a block scalar: left to yaml
    });
    g.overrideSite(gz, { replicas: 3 });
    new DeploymentGrid(c, 'api', { nodeGroup: location, containers: [{ image: 'api:1' }] });
    const chart = ControllerPreview.of(c).addChart();
    const docs: any[] = chart.toJson();
    const copies = docs.map(d => JSON.parse(JSON.stringify(d)));
    expect(docs.filter(d => d.kind === 'Deployment')).toHaveLength(6);
    // One by one, forwards and backwards (the shared parts' YAML is remembered between documents)...
    for (const order of [docs.map((_, i) => i), docs.map((_, i) => docs.length - 1 - i)]) {
      for (const i of order) expect(toYamlDocument(docs[i])).toBe(Yaml.stringify(copies[i]));
    }
    // ...all at once, and in the app's own file.
    expect(toYamlDocuments(docs)).toBe(Yaml.stringify(...copies));
    const yaml = app.synthYaml();
    expect(yaml).toContain(Yaml.stringify(...copies));
    // Two sites of one grid differ exactly in their name and nodeSelector.
    const lines = (d: any) => Yaml.stringify(d).split('\n');
    const [bj, sh] = ['web-beijing', 'web-shanghai'].map(n => find(docs, 'Deployment', n));
    const differing = lines(bj).map((l, i) => [l, lines(sh)[i]]).filter(([a, b]) => a !== b);
    expect(differing).toEqual([['  name: web-beijing', '  name: web-shanghai'], ['        location: beijing', '        location: shanghai']]);
  });

  test('src/preview reads the model: no instanceof, no construct class but EdgeCluster (to find the cluster)', () => {
    const dir = path.join(__dirname, '..', 'src', 'preview');
    const files = fs.readdirSync(dir).filter(f => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf-8');
      expect({ file: f, instanceof: /\binstanceof\b/.test(text) }).toEqual({ file: f, instanceof: false });
      const imports = [...text.matchAll(/from '([^']+)'/g)].map(m => m[1]);
      const constructModules = imports.filter(i => /^\.\.\/(workloads|networking|addons|topology|catalog|rollout)\//.test(i));
      expect({ file: f, constructModules }).toEqual({ file: f, constructModules: constructModules.filter(i => i === '../topology/edge-cluster') });
      expect(text).not.toMatch(/\._manifest\(|\.effectiveNodeLabels\b|\.nodeGroup\b/);
    }
  });
});
