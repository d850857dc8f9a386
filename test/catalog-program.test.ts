/**
 * Issue 10's program, exactly as written (only the import points at the sources), run
 * with app.synth() on the same catalogue in YAML, JSON and CSV: same units, same output.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Size, Yaml } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { ControllerPreview, EdgeCluster, SiteCatalog, DeploymentGrid, ServiceGrid, GridRollout, GridCrd } from '../src';
import { patchedSchemaProblems } from './support/grid-crds';

const FIXTURES = path.join(__dirname, 'fixtures', 'catalog');

/** The program; `file` replaces 'sites.yaml' for the other formats. */
/* eslint-disable @stylistic/no-multi-spaces, @stylistic/object-property-newline -- the program as the issue writes it */
function program(file: string) {
  const app = new App();
  const cluster = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
  const sites = SiteCatalog.fromFile(cluster, 'sites', file);      // .yaml, .json or .csv
  const all = sites.nodeGroup('shops');                                    // every site, one unit each
  const north = sites.nodeGroup('north', { select: { region: 'north' } }); // a group of the sites that match
  const web = new DeploymentGrid(cluster, 'web', {
    nodeGroup: all, gridCrd: GridCrd.POOL_METADATA_PRESERVED,
    containers: [{ image: 'shop/web:1.4.0', portNumber: 8080, resources: { cpu: { request: kplus.Cpu.millis(200) }, memory: { request: Size.mebibytes(256) } } }],
  });
  web.overrideSites(sites.select({ tier: 'flagship' }), { replicas: 3 });
  new ServiceGrid(cluster, 'web-svc', { nodeGroup: all, selector: web, ports: [{ port: 80, targetPort: 8080 }] });
  const rollout = new GridRollout(cluster, 'web-1-5', {
    grid: web,
    override: { image: 'shop/web:1.5.0' },
    waves: [sites.select({ tier: 'canary' }), sites.select({ region: 'north' }), sites.all()],
    currentWave: 1,            // 0: nobody yet; 1: the canary sites; 2: canary + north; 3: everyone
  });
  app.synth();
  return { app, cluster, sites, north, rollout };
}
/* eslint-enable @stylistic/no-multi-spaces, @stylistic/object-property-newline */

/** Runs the program in a scratch working directory holding the catalogue (relative paths resolve there). */
function runIn(file: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-program-'));
  fs.copyFileSync(path.join(FIXTURES, file), path.join(dir, file));
  const cwd = process.cwd();
  const outdir = process.env.CDK8S_OUTDIR;
  process.chdir(dir);
  process.env.CDK8S_OUTDIR = path.join(dir, 'dist');
  try {
    const result = program(file);
    return { ...result, objects: Yaml.load(path.join(dir, 'dist', 'edge.k8s.yaml')) as any[] };
  } finally {
    process.chdir(cwd);
    if (outdir === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = outdir;
  }
}

const find = (objects: any[], kind: string, name: string) => objects.find(o => o.kind === kind && o.metadata.name === name);

describe.each(['sites.yaml', 'sites.json', 'sites.csv'])('the issue program on %s', file => {
  const run = runIn(file);

  test('one NodeUnit per site, with the node facts, and the groups of the selections', () => {
    expect(run.objects.filter(o => o.kind === 'NodeUnit').map(o => o.metadata.name)).toEqual(['shop-0001', 'shop-0002', 'shop-0003']);
    expect(find(run.objects, 'NodeUnit', 'shop-0001').spec.nodes).toEqual(['shop-0001-a', 'shop-0001-b']);
    expect(find(run.objects, 'NodeGroup', 'shops').spec.nodeUnits).toEqual(['shop-0001', 'shop-0002', 'shop-0003']);
    expect(find(run.objects, 'NodeGroup', 'north').spec.nodeUnits).toEqual(['shop-0001', 'shop-0003']);
    const unit = run.sites.unit('shop-0001')!;
    expect(unit.edgeNodes.map(n => [n.name, n.architecture, n.defaultInterface])).toEqual([['shop-0001-a', 'arm64', 'eth0'], ['shop-0001-b', 'arm64', 'eth0']]);
    expect(run.sites.attributesOf('shop-0002')).toEqual({ region: 'south', tier: 'flagship' });
  });

  test('wave 1 reached the canary site only; the flagship keeps its replicas', () => {
    expect(run.rollout.sitesUpdated).toEqual(['shop-0001']);
    expect(run.rollout.sitesPending).toEqual(['shop-0002', 'shop-0003']);
    expect(run.rollout.sitesOfWave(2)).toEqual(['shop-0003']);
    expect(run.rollout.sitesOfWave(3)).toEqual(['shop-0002']);
    const spec = find(run.objects, 'DeploymentGrid', 'web').spec;
    expect(spec.templates).toEqual({ 'shop-0001': 'web-1-5', 'shop-0002': 'shop-0002' });
    expect(spec.template.template.spec.containers[0].image).toBe('shop/web:1.4.0');
    expect(spec.templatePool['web-1-5'].template.spec.containers[0].image).toBe('shop/web:1.5.0');
    expect(spec.templatePool['web-1-5'].replicas).toBe(1);
    expect(spec.templatePool['shop-0002'].replicas).toBe(3);
    expect(spec.templatePool['shop-0002'].template.spec.containers[0].image).toBe('shop/web:1.4.0');
  });

  test('the controller preview shows which site runs which version', () => {
    const preview = ControllerPreview.of(run.cluster).objects.filter(o => o.kind === 'Deployment');
    expect(preview.map(d => [d.metadata.name, d.spec.template.spec.containers[0].image, d.spec.replicas])).toEqual([
      ['web-shop-0001', 'shop/web:1.5.0', 1],
      ['web-shop-0002', 'shop/web:1.4.0', 3],
      ['web-shop-0003', 'shop/web:1.4.0', 1],
    ]);
  });

  test('every object is schema-valid', () => {
    expect(patchedSchemaProblems(run.objects)).toEqual([]);
  });
});

test('the three formats give the same output', () => {
  const texts = ['sites.yaml', 'sites.json', 'sites.csv'].map(f => JSON.stringify(runIn(f).objects));
  expect(texts[1]).toBe(texts[0]);
  expect(texts[2]).toBe(texts[0]);
});
