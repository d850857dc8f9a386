import { ApiObject, JsonPatch, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import {
  ControllerPreview, DeploymentGrid, EdgeCluster, EdgeNode, Findings, GridCrd, GridWorkload, KinsUnit,
  NodeGroup, NodeUnit, ServiceGrid, StatefulSetGrid,
} from '../src';
import { patchedSchemaProblems, poolMetadataPruning } from './support/grid-crds';
import { gridProgram, seedSites } from './support/programs';
import { HAVE_SHARED_VALIDATOR, recordSkip, schemaProblems } from './support/schema';
import { cluster, find, findingsOf, synth, synthError, synthUnchecked } from './support/synth';
import { modelFromManifests } from '../src/model/from-manifests';
import { runCatalogue } from '../src/validation/model-checks';
import { RULES } from '../src/validation/rules';


/** The catalogue's findings on hand-written grid objects (each its own document of g.yaml). */
function manifestFindings(...objects: any[]): Array<{ ruleId: string; message: string }> {
  const docs = objects.map((object, i) => ({ file: 'g.yaml', doc: i + 1, object }));
  return [...runCatalogue(modelFromManifests(docs)).values()].flat();
}

function gridObject(kind: string, spec: any): any {
  return { apiVersion: 'superedge.io/v1', kind, metadata: { name: 'web' }, spec: { gridUniqKey: 'location', ...spec } };
}

/** Synthesized objects of a cluster whose grid CRDs keep pool metadata, validated against such CRDs. */
function synthPatched(c: EdgeCluster): any[] {
  const objects = synthUnchecked(c);
  expect(patchedSchemaProblems(objects)).toEqual([]);
  return objects;
}

/**
 * Findings other than SE-V04: the issue 3 program's stock nginx:1.25 and postgres:16
 * start as root under cdk8s-plus' runAsNonRoot (a warning, asserted in
 * conformance-defaults.test.ts).
 */
function findingsBesidesRootImages(c: EdgeCluster) {
  return Findings.of(c).filter(f => f.ruleId !== 'SE-V04');
}

function ruleMessages(c: EdgeCluster, ruleId: string): string[] {
  return findingsOf(c, ruleId);
}

describe('DeploymentGrid and StatefulSetGrid', () => {
  test('the issue program synthesizes schema-valid grids with the fields the controller needs', () => {
    const c = cluster();
    gridProgram(c);
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    expect(findingsBesidesRootImages(c)).toEqual([]);

    const dg = find(objects, 'DeploymentGrid', 'nginx');
    expect(dg.apiVersion).toBe('superedge.io/v1');
    expect(dg.metadata.namespace).toBeUndefined();
    expect(dg.spec.gridUniqKey).toBe('location');
    expect(dg.spec.defaultTemplateName).toBe('default');
    expect(dg.spec.templatePool).toBeUndefined();
    expect(dg.spec.template.replicas).toBe(3);
    expect(dg.spec.template.selector).toEqual({ matchLabels: { 'cdk8s-superedge.io/deployment-grid': 'nginx' } });
    expect(dg.spec.template.template.metadata.labels).toEqual({ 'cdk8s-superedge.io/deployment-grid': 'nginx' });
    const main = dg.spec.template.template.spec.containers[0];
    expect(main.image).toBe('nginx:1.25');
    expect(main.ports).toEqual([{ containerPort: 8080 }]);
    // Edge-sized defaults, not cdk8s-plus's 1 CPU / 512Mi.
    expect(main.resources).toEqual({ requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } });

    const ssg = find(objects, 'StatefulSetGrid', 'db');
    expect(ssg.spec.gridUniqKey).toBe('location');
    expect(ssg.spec.template.replicas).toBe(1);
    expect(ssg.spec.template.serviceName).toBe('db-svc');
    expect(ssg.spec.template.selector.matchLabels).toEqual({ 'cdk8s-superedge.io/statefulset-grid': 'db' });
    expect(ssg.spec.template.minReadySeconds).toBeUndefined();
  });

  test('replicas are always written (the controller panics without them)', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new DeploymentGrid(c, 'web', { nodeGroup: location, containers: [{ image: 'web:1' }] });
    expect(find(synth(c), 'DeploymentGrid', 'web').spec.template.replicas).toBe(1);
  });

  test('names default to the construct id; name overrides it', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const a = new DeploymentGrid(c, 'Web-Grid-Id', { name: 'web', nodeGroup: location, containers: [{ image: 'web:1' }] });
    const b = new DeploymentGrid(c, 'api', { nodeGroup: location, containers: [{ image: 'api:1' }] });
    expect(a.gridName).toBe('web');
    expect(b.gridName).toBe('api');
    const objects = synth(c);
    expect(find(objects, 'DeploymentGrid', 'web').spec.template.selector.matchLabels).toEqual({ 'cdk8s-superedge.io/deployment-grid': 'web' });
  });

  test("namespace: the chart's when set, else unset", () => {
    const c = cluster({ namespace: 'shop' });
    const { nginx, db } = gridProgram(c);
    const objects = synth(c);
    expect(find(objects, 'DeploymentGrid', 'nginx').metadata.namespace).toBe('shop');
    expect(find(objects, 'ServiceGrid', 'db').metadata.namespace).toBe('shop');
    expect(nginx.namespace).toBe('shop');
    expect(db.namespace).toBe('shop');
    expect(schemaProblems(objects)).toEqual([]);
  });

  test('the selector is name-derived: moving the grid in the construct tree changes nothing', () => {
    const render = (nest: boolean) => {
      const c = cluster();
      const { location } = seedSites(c);
      const parent = nest ? new Construct(c, 'team-a') : c;
      new DeploymentGrid(parent, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25' }] });
      return find(synth(c), 'DeploymentGrid', 'nginx');
    };
    const flat = render(false);
    const nested = render(true);
    expect(nested).toEqual(flat);
    expect(JSON.stringify(flat)).not.toContain('cdk8s.io/metadata.addr');
  });

  test('spread is rendered once, however often the app is synthesized', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, spread: true, containers: [{ image: 'nginx:1.25' }] });
    const first = find(synth(c), 'DeploymentGrid', 'nginx');
    const second = find(synth(c), 'DeploymentGrid', 'nginx');
    expect(second).toEqual(first);
    const terms = first.spec.template.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution;
    expect(terms.map((t: any) => t.topologyKey)).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
    expect(terms[0].labelSelector.matchLabels).toEqual(g.selectorLabels);
  });

  test('the cdk8s-plus pod experience: env from ConfigMaps and Secrets, volumes, probes, service account, resources', () => {
    const c = cluster({ namespace: 'shop' });
    const { location } = seedSites(c);
    const cm = new kplus.ConfigMap(c, 'cfg', { data: { mode: 'edge' } });
    const secret = new kplus.Secret(c, 'pw', { stringData: { password: 'x' } });
    const sa = new kplus.ServiceAccount(c, 'sa');
    const g = new DeploymentGrid(c, 'api', {
      nodeGroup: location,
      serviceAccount: sa,
      containers: [{
        image: 'api:2',
        portNumber: 8080,
        envVariables: {
          MODE: kplus.EnvValue.fromConfigMap(cm, 'mode'),
          PASSWORD: kplus.EnvValue.fromSecretValue({ secret, key: 'password' }),
        },
        readiness: kplus.Probe.fromHttpGet('/healthz', { port: 8080 }),
        resources: {
          cpu: { request: kplus.Cpu.millis(200), limit: kplus.Cpu.millis(800) },
          memory: { request: Size.mebibytes(128), limit: Size.mebibytes(512) },
        },
      }],
    });
    g.addVolume(kplus.Volume.fromEmptyDir(c, 'cache', 'cache'));
    g.containers[0].mount('/cache', kplus.Volume.fromEmptyDir(c, 'tmp', 'tmp'));
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    const pod = find(objects, 'DeploymentGrid', 'api').spec.template.template.spec;
    expect(pod.serviceAccountName).toBe(sa.name);
    const main = pod.containers[0];
    expect(main.env).toEqual([
      { name: 'MODE', valueFrom: { configMapKeyRef: { key: 'mode', name: cm.name } } },
      { name: 'PASSWORD', valueFrom: { secretKeyRef: { key: 'password', name: secret.name } } },
    ]);
    // int-or-string and setHostnameAsFQDN come out as the API server expects them.
    expect(main.readinessProbe.httpGet).toEqual({ path: '/healthz', port: 8080, scheme: 'HTTP' });
    expect(pod.setHostnameAsFQDN).toBe(false);
    expect(JSON.stringify(pod)).not.toContain('setHostnameAsFqdn');
    expect(main.resources).toEqual({ requests: { cpu: '200m', memory: '128Mi' }, limits: { cpu: '800m', memory: '512Mi' } });
    expect(pod.volumes.map((v: any) => v.name).sort()).toEqual(['cache', 'tmp']);
  });

  test('fields of the CRD schemas only: every synthesized grid passes the schema checks', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const db = new ServiceGrid(c, 'pg-svc', { name: 'pg', nodeGroup: location, ports: [{ port: 5432 }] });
    new StatefulSetGrid(c, 'pg', {
      nodeGroup: location,
      serviceGrid: db,
      podManagementPolicy: kplus.PodManagementPolicy.PARALLEL,
      strategy: kplus.StatefulSetUpdateStrategy.rollingUpdate({ partition: 0 }),
      containers: [{ image: 'postgres:16', portNumber: 5432 }],
    });
    new DeploymentGrid(c, 'web', {
      nodeGroup: location,
      strategy: kplus.DeploymentStrategy.recreate(),
      containers: [{ image: 'web:1' }],
    });
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    expect(find(objects, 'StatefulSetGrid', 'pg').spec.template.podManagementPolicy).toBe('Parallel');
    expect(find(objects, 'DeploymentGrid', 'web').spec.template.strategy).toEqual({ type: 'Recreate' });
  });
});

describe('per-site overrides', () => {
  function withOverrides(gridCrd?: GridCrd) {
    const c = cluster();
    const { location, bj, gz } = seedSites(c);
    const nginx = new DeploymentGrid(c, 'nginx', {
      nodeGroup: location,
      replicas: 2,
      gridCrd,
      containers: [{ image: 'nginx:1.25', envVariables: { SITE: kplus.EnvValue.fromValue('any') } }],
    });
    nginx.overrideSite(gz, { replicas: 5, image: 'nginx:1.26', env: { SITE: 'gz', EXTRA: '1' } });
    nginx.overrideSite(bj, { resources: { cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(1000) } } });
    return { c, nginx };
  }

  test('are emitted as templatePool entries named after the unit, with templates and defaultTemplateName', () => {
    const { c } = withOverrides(GridCrd.POOL_METADATA_PRESERVED);
    expect(findingsBesidesRootImages(c)).toEqual([]);
    const spec = find(synthPatched(c), 'DeploymentGrid', 'nginx').spec;
    expect(spec.templates).toEqual({ beijing: 'beijing', guangzhou: 'guangzhou' });
    expect(spec.defaultTemplateName).toBe('default');
    const gz = spec.templatePool.guangzhou;
    expect(gz.replicas).toBe(5);
    expect(gz.selector).toEqual(spec.template.selector);
    expect(gz.template.metadata.labels).toEqual(spec.template.template.metadata.labels);
    expect(gz.template.spec.containers[0].image).toBe('nginx:1.26');
    expect(gz.template.spec.containers[0].env).toEqual([{ name: 'SITE', value: 'gz' }, { name: 'EXTRA', value: '1' }]);
    const bj = spec.templatePool.beijing;
    expect(bj.replicas).toBe(2);
    expect(bj.template.spec.containers[0].resources).toEqual({ requests: { cpu: '100m' }, limits: { cpu: '1000m' } });
    // The base template is untouched.
    expect(spec.template.replicas).toBe(2);
    expect(spec.template.template.spec.containers[0].image).toBe('nginx:1.25');
  });

  test('are schema-valid against grid CRDs that preserve pool metadata, and pruned by the upstream ones', () => {
    const { c } = withOverrides(GridCrd.POOL_METADATA_PRESERVED);
    const objects = synthUnchecked(c);
    expect(patchedSchemaProblems(objects)).toEqual([]);
    // The upstream CRD prunes the pool's pod labels: exactly why SE-P01 exists.
    if (HAVE_SHARED_VALIDATOR) {
      expect(poolMetadataPruning(objects)).toEqual([
        'DeploymentGrid nginx: spec.templatePool.beijing.template.metadata.labels: unknown field: the API server prunes it (kubectl apply, default --validate=strict, rejects the object) (schema)',
        'DeploymentGrid nginx: spec.templatePool.guangzhou.template.metadata.labels: unknown field: the API server prunes it (kubectl apply, default --validate=strict, rejects the object) (schema)',
      ]);
    } else {
      recordSkip('assertions on the upstream CRDs', 'the grid CRDs prune templatePool pod labels');
    }
  });

  test('SE-P01: with the upstream grid CRD (the default) synthesis fails and says why', () => {
    const { c } = withOverrides();
    const err = synthError(c);
    expect(err).toContain('SE-P01');
    expect(err).toContain('overrides sites guangzhou, beijing');
    expect(err).toContain('prunes the pod labels of pool templates');
    expect(err).toContain('GridCrd.POOL_METADATA_PRESERVED');
  });

  test('the app context sets the grid CRD for every grid', () => {
    const app = Testing.app();
    app.node.setContext('cdk8s-superedge:gridCrd', 'pool-metadata-preserved');
    const c = new EdgeCluster(app, 'edge');
    const { location, gz } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25' }] });
    g.overrideSite(gz, { replicas: 4 });
    expect(g.gridCrd).toBe(GridCrd.POOL_METADATA_PRESERVED);
    expect(findingsOf(c, 'SE-P01')).toEqual([]);
  });

  test('SE-P02: an override of a unit outside the group', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const other = new NodeUnit(c, 'shanghai', { nodes: ['sh-1'] });
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'nginx:1.25' }] });
    g.overrideSite(other, { replicas: 2 });
    expect(ruleMessages(c, 'SE-P02')).toEqual([
      '[edge/nginx] SE-P02: DeploymentGrid "nginx" overrides unit "shanghai", which is not a member of NodeGroup "location" (members: beijing, guangzhou). Fix: add "shanghai" to the group, or override one of its member units',
    ]);
  });

  test('SE-P03: a template named "default" is unreachable', () => {
    const c = cluster();
    const { location, gz } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'nginx:1.25' }] });
    g.overrideSite(gz, { replicas: 2, templateName: 'default' });
    const [m] = ruleMessages(c, 'SE-P03');
    expect(m).toContain('SE-P03: templatePool entry "default" is unreachable');
    expect(m).toContain('give the override another templateName');
  });

  test('SE-P04: templates naming missing pool entries stop the whole grid', () => {
    const pool = { templatePool: { big: {} } };
    const r = manifestFindings(gridObject('DeploymentGrid', { ...pool, templates: { beijing: 'big', guangzhou: 'huge' }, defaultTemplateName: 'gone' }))
      .filter(x => x.ruleId === 'SE-P04');
    expect(r.map(x => x.ruleId)).toEqual(['SE-P04', 'SE-P04']);
    expect(r[0].message).toBe('templates["guangzhou"] names the template "huge", which is not in templatePool (entries: big); the controller then stops reconciling the whole grid, for every site');
    expect(r[1].message).toContain('defaultTemplateName names the template "gone"');
    expect(manifestFindings(gridObject('DeploymentGrid', { ...pool, templates: { beijing: 'big', x: 'default' }, defaultTemplateName: 'default' }))
      .filter(x => x.ruleId === 'SE-P04')).toEqual([]);
  });

  test('SE-P05: one override per unit, and a shared templateName means identical overrides', () => {
    const c = cluster();
    const { location, bj, gz } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'nginx:1.25' }] });
    g.overrideSite(gz, { replicas: 2, templateName: 'big' });
    g.overrideSite(bj, { replicas: 3, templateName: 'big' });
    g.overrideSite(bj, { replicas: 3 });
    const msgs = ruleMessages(c, 'SE-P05');
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toContain('uses the templateName "big" for different overrides (unit "beijing" differs');
    expect(msgs[1]).toContain('overrides unit "beijing" more than once');
  });

  test('a shared templateName with identical overrides is one pool entry', () => {
    const c = cluster();
    const { location, bj, gz } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'nginx:1.25' }] });
    g.overrideSite(gz, { replicas: 2, templateName: 'big' });
    g.overrideSite(bj, { replicas: 2, templateName: 'big' });
    expect(findingsBesidesRootImages(c)).toEqual([]);
    const spec = find(synthPatched(c), 'DeploymentGrid', 'nginx').spec;
    expect(Object.keys(spec.templatePool)).toEqual(['big']);
    expect(spec.templates).toEqual({ beijing: 'big', guangzhou: 'big' });
  });

  test('SE-P06: an override naming a missing container', () => {
    const c = cluster();
    const { location, gz } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'nginx:1.25' }] });
    g.overrideSite(gz, { image: 'nginx:1.26', containerName: 'sidecar' });
    expect(ruleMessages(c, 'SE-P06')).toEqual([
      '[edge/nginx] SE-P06: the override of unit "guangzhou" names container "sidecar", but DeploymentGrid "nginx" has containers "main". Fix: pass the name of one of the grid\'s containers as containerName',
    ]);
  });
});

describe('workload grid rules', () => {
  test('SE-W01: grid names are label values and DNS names', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new DeploymentGrid(c, 'Nginx_App', { nodeGroup: location, containers: [{ image: 'nginx:1.25' }] });
    const [m] = ruleMessages(c, 'SE-W01');
    expect(m).toContain('SE-W01: DeploymentGrid name "Nginx_App" is not usable');
    expect(m).toContain("name: 'nginx-app'");
  });

  test('SE-W02: <grid>-<unit> must be a DNS name for every unit of the group', () => {
    const c = cluster();
    const { location } = seedSites(c);
    location.addNodeUnit(NodeUnit.fromName(c, 'ref', 'Shang_Hai'));
    new DeploymentGrid(c, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25' }] });
    const [m] = ruleMessages(c, 'SE-W02');
    expect(m).toContain('SE-W02: the controller would name Deployments "nginx-Shang_Hai", which are not DNS-1123 subdomains');
  });

  test('SE-W03: StatefulSet names over 52 characters', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const sg = new ServiceGrid(c, 'svc', { nodeGroup: location, ports: [{ port: 1 }] });
    const name = 'a'.repeat(44);
    new StatefulSetGrid(c, 'db', { name, nodeGroup: location, serviceGrid: sg, containers: [{ image: 'pg:16' }] });
    const [m] = ruleMessages(c, 'SE-W03');
    expect(m).toContain(`"${name}-guangzhou" (54 characters)`);
    expect(m).not.toContain(`"${name}-beijing"`);
    expect(m).toContain('at most 52 characters');
  });

  test('SE-W04: a unit name inside "<grid>-" breaks statefulset-grid-daemon DNS', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const sg = new ServiceGrid(c, 'svc', { nodeGroup: location, ports: [{ port: 1 }] });
    new StatefulSetGrid(c, 'beijing-db', { nodeGroup: location, serviceGrid: sg, containers: [{ image: 'pg:16' }] });
    const [m] = ruleMessages(c, 'SE-W04');
    expect(m).toContain('SE-W04: unit name "beijing" occurs inside "beijing-db-"');
  });

  test('SE-W05: the StatefulSetGrid and its ServiceGrid share the grid key and namespace', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const other = new NodeGroup(c, 'zone', { nodeUnits: [new NodeUnit(c, 'z1', { nodes: ['z-1'] })] });
    const sg = new ServiceGrid(c, 'svc', { nodeGroup: other, ports: [{ port: 1 }] });
    new StatefulSetGrid(c, 'db', { nodeGroup: location, serviceGrid: sg, containers: [{ image: 'pg:16' }] });
    expect(ruleMessages(c, 'SE-W05')).toEqual([
      '[edge/db] SE-W05: StatefulSetGrid "db" (grid key "location", namespace "") uses ServiceGrid "svc" (grid key "zone", namespace ""); statefulset-grid-daemon only publishes DNS names when both have the same grid key and namespace. Fix: give the StatefulSetGrid and its ServiceGrid the same nodeGroup and namespace',
    ]);
  });

  test("SE-W06: a grid key with '/'", () => {
    const c = cluster();
    seedSites(c);
    new DeploymentGrid(c, 'nginx', { nodeGroup: NodeGroup.fromName(c, 'zone', 'topology.kubernetes.io/zone'), containers: [{ image: 'nginx:1.25' }] });
    const [m] = ruleMessages(c, 'SE-W06');
    expect(m).toContain('SE-W06: DeploymentGrid "nginx" has the grid key (NodeGroup name) "topology.kubernetes.io/zone", which is not usable: it contains \'/\'');
  });

  test('SE-W07: a user Deployment labelled superedge.io/grid-selector=<grid> would be adopted and deleted', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new DeploymentGrid(c, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25' }] });
    new kplus.Deployment(c, 'legacy', {
      metadata: { name: 'legacy', labels: { 'superedge.io/grid-selector': 'nginx' } },
      containers: [{ image: 'nginx:1.20' }],
    });
    const [m] = ruleMessages(c, 'SE-W07');
    expect(m).toContain('SE-W07: Deployment legacy (edge/legacy/Resource) carries the label superedge.io/grid-selector=nginx');
    expect(m).toContain('adopts it and deletes it');
  });

  test('SE-W07 sees objects added after an earlier check in the same task', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new DeploymentGrid(c, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25' }] });
    expect(ruleMessages(c, 'SE-W07')).toEqual([]);
    expect(synthError(c)).toBe('');
    new kplus.Deployment(c, 'legacy', {
      metadata: { name: 'legacy', labels: { 'superedge.io/grid-selector': 'nginx' } },
      containers: [{ image: 'nginx:1.20' }],
    });
    expect(ruleMessages(c, 'SE-W07')).toHaveLength(1);
    expect(synthError(c)).toContain('SE-W07');
  });

  test('SE-W08: fields newer than the grid CRDs are refused, naming the field', () => {
    const w08 = (...objects: any[]) => manifestFindings(...objects).filter(x => x.ruleId === 'SE-W08');
    const r = w08(gridObject('StatefulSetGrid', {
      template: {
        minReadySeconds: 5,
        template: { spec: { os: { name: 'linux' }, containers: [{ name: 'main', restartPolicy: 'Always' }] } },
      },
    }));
    expect(r.map(x => x.ruleId)).toEqual(['SE-W08']);
    expect(r[0].message).toBe("StatefulSetGrid template sets spec.template.minReadySeconds, spec.template.template.spec.os, spec.template.template.spec.containers[0].restartPolicy, which the StatefulSetGrid CRD's Kubernetes-1.20-era embedded schema does not have: the API server prunes them (or rejects the object under kubectl's strict validation)");
    expect(w08(gridObject('ServiceGrid', { template: { internalTrafficPolicy: 'Local' } }))[0].message).toContain('spec.template.internalTrafficPolicy');
    expect(w08(gridObject('DeploymentGrid', { template: { template: { spec: { containers: [{ name: 'x' }] } } } }))).toEqual([]);
  });

  test('SE-W09: replicas must be whole numbers', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new DeploymentGrid(c, 'nginx', { nodeGroup: location, replicas: -1, containers: [{ image: 'nginx:1.25' }] });
    expect(ruleMessages(c, 'SE-W09')).toEqual([
      '[edge/nginx] SE-W09: DeploymentGrid "nginx" has replicas -1; replicas must be a whole number of at least 0. Fix: pass a whole number, e.g. replicas: 2',
    ]);
  });

  test('SE-W10: a grid on an empty group creates nothing (warning)', () => {
    const c = cluster();
    const empty = new NodeGroup(c, 'empty');
    new DeploymentGrid(c, 'nginx', { nodeGroup: empty, containers: [{ image: 'nginx:1.25' }] });
    const f = Findings.of(c).filter(x => x.ruleId === 'SE-W10');
    expect(f.map(x => x.severity)).toEqual(['warning']);
    expect(f[0].message).toBe('NodeGroup "empty" has no member units, so DeploymentGrid "nginx" creates no Deployment');
  });

  test('errors are reported together by synth with the construct path', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new DeploymentGrid(c, 'Bad_Name', { nodeGroup: location, replicas: 1.5, containers: [{ image: 'x' }] });
    const err = synthError(c);
    expect(err).toContain('SE-W01');
    expect(err).toContain('SE-W09');
    expect(err).toContain('edge/Bad_Name');
  });

  test('every grid rule is in the catalogue', () => {
    for (const id of ['SE-W01', 'SE-W02', 'SE-W03', 'SE-W04', 'SE-W05', 'SE-W06', 'SE-W07', 'SE-W08', 'SE-W09', 'SE-W10',
      'SE-P01', 'SE-P02', 'SE-P03', 'SE-P04', 'SE-P05', 'SE-P06']) {
      expect(RULES[id]).toBeDefined();
    }
  });

  test('grids are GridWorkloads usable wherever cdk8s-plus selects pods', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25', portNumber: 80 }] });
    expect(g).toBeInstanceOf(GridWorkload);
    const svc = new kplus.Service(c, 'plain', { ports: [{ port: 80 }] });
    svc.select(g);
    expect(find(synth(c), 'Service', svc.name).spec.selector).toEqual({ 'cdk8s-superedge.io/deployment-grid': 'nginx' });
  });
});

describe('GPU requests on grids', () => {
  function gpuGrid(gpuInBothSites: boolean) {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { edgeNodes: [new EdgeNode({ name: 'bj-gpu', gpu: true })] });
    const gz = new NodeUnit(c, 'guangzhou', { edgeNodes: [new EdgeNode({ name: 'gz-1', gpu: gpuInBothSites })] });
    const location = new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
    const grid = new DeploymentGrid(c, 'infer', { nodeGroup: location, containers: [{ image: 'infer:1' }] });
    ApiObject.of(grid).addJsonPatch(JsonPatch.add('/spec/template/template/spec/containers/0/resources/limits/nvidia.com~1gpu', 1));
    return c;
  }

  test('SE-X01: a grid asking for nvidia.com/gpu on a group with a site without GPU nodes', () => {
    const c = gpuGrid(false);
    expect(findingsOf(c, 'SE-X01')).toEqual([
      '[edge/infer] SE-X01: "DeploymentGrid infer" asks for nvidia.com/gpu (containers main) but units guangzhou have no GPU node, so its pods there stay Pending. Fix: deploy it only to units with GPU nodes, or declare their GPU nodes with new EdgeNode({ name, gpu: true })',
    ]);
  });

  test('SE-X01 is quiet when every site has GPU nodes', () => {
    expect(findingsOf(gpuGrid(true), 'SE-X01')).toEqual([]);
  });
});

describe('rendering', () => {
  test('changes after a preview or a synthesis are reflected (no stale render)', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const grid = new DeploymentGrid(c, 'nginx', { nodeGroup: location, spread: true, containers: [{ image: 'nginx:1.25' }] });
    expect(ControllerPreview.of(c).objects.length).toBeGreaterThan(0);
    const before = find(synth(c), 'DeploymentGrid', 'nginx');
    const kins = new KinsUnit(c, 'shop', { nodes: ['s-1'] });
    kins.allowOn(grid);
    const after = find(synth(c), 'DeploymentGrid', 'nginx');
    expect(before.spec.template.template.spec.tolerations).toBeUndefined();
    expect(after.spec.template.template.spec.tolerations).toEqual([{ key: 'kins', operator: 'Exists', effect: 'NoSchedule' }]);
    // spread rules are not appended again by the repeated renders
    expect(after.spec.template.template.spec.affinity).toEqual(before.spec.template.template.spec.affinity);
    expect(after.spec.template.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toHaveLength(2);
  });
});
