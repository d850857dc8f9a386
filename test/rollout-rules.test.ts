/**
 * GridRollout: waves, what each site runs, and its rules (SE-R01..SE-R05, SE-P01),
 * each triggered with its message and with a quiet case.
 */
import * as path from 'path';
import * as kplus from 'cdk8s-plus-27';
import { ControllerPreview, DeploymentGrid, Findings, GridCrd, GridRollout, SiteCatalog, StatefulSetGrid, ServiceGrid } from '../src';
import { patchedSchemaProblems } from './support/grid-crds';
import { cluster, find, findingsOf, synthUnchecked } from './support/synth';
import { RULES } from '../src/validation/rules';

const FIXTURE = path.join(__dirname, 'fixtures', 'catalog', 'sites.yaml');

function fleet(gridCrd = GridCrd.POOL_METADATA_PRESERVED) {
  const c = cluster();
  const sites = SiteCatalog.fromFile(c, 'sites', FIXTURE);
  const all = sites.nodeGroup('shops');
  const web = new DeploymentGrid(c, 'web', { nodeGroup: all, gridCrd, containers: [{ name: 'web', image: 'shop/web:1.4.0' }] });
  return { c, sites, all, web };
}

function images(c: any): string[][] {
  return ControllerPreview.of(c).objects.filter(o => o.kind === 'Deployment')
    .map(d => [d.metadata.name, d.spec.template.spec.containers[0].image]);
}

describe('waves', () => {
  test.each([
    [0, [], ['shop-0001', 'shop-0002', 'shop-0003']],
    [1, ['shop-0001'], ['shop-0002', 'shop-0003']],
    [2, ['shop-0001', 'shop-0003'], ['shop-0002']],
    [3, ['shop-0001', 'shop-0002', 'shop-0003'], []],
  ])('currentWave %d: updated %j, pending %j; the preview shows each site\'s version', (wave, updated, pending) => {
    const { c, sites, web } = fleet();
    const r = new GridRollout(c, 'web-1-5', {
      grid: web,
      override: { image: 'shop/web:1.5.0' },
      waves: [sites.select({ tier: 'canary' }), sites.select({ region: 'north' }), sites.all()],
      currentWave: wave,
    });
    expect(r.sitesUpdated).toEqual(updated);
    expect(r.sitesPending).toEqual(pending);
    expect(Findings.of(c)).toEqual([]);
    expect(images(c)).toEqual(['shop-0001', 'shop-0002', 'shop-0003'].map(s => [`web-${s}`, (updated as string[]).includes(s) ? 'shop/web:1.5.0' : 'shop/web:1.4.0']));
    const spec = find(synthUnchecked(c), 'DeploymentGrid', 'web').spec;
    if (wave === 0) {
      expect(spec.templatePool).toBeUndefined();
    } else {
      // One shared pool entry for the rollout, not one per site.
      expect(Object.keys(spec.templatePool)).toEqual(['web-1-5']);
      expect(spec.templates).toEqual(Object.fromEntries((updated as string[]).map(s => [s, 'web-1-5'])));
    }
    expect(patchedSchemaProblems(synthUnchecked(c))).toEqual([]);
  });

  test('a site with its own override gets both, merged, the rollout last; replicas stay the site\'s', () => {
    const { c, sites, web } = fleet();
    web.overrideSites(sites.select({ tier: 'flagship' }), { replicas: 3, image: 'shop/web:1.4.1', env: { MODE: 'big' } });
    new GridRollout(c, 'web-1-5', { grid: web, override: { image: 'shop/web:1.5.0', env: { FEATURE: 'on' } }, waves: [sites.all()], currentWave: 1 });
    expect(Findings.of(c)).toEqual([]);
    const spec = find(synthUnchecked(c), 'DeploymentGrid', 'web').spec;
    expect(spec.templates).toEqual({ 'shop-0001': 'web-1-5', 'shop-0002': 'shop-0002+web-1-5', 'shop-0003': 'web-1-5' });
    const merged = spec.templatePool['shop-0002+web-1-5'];
    expect(merged.replicas).toBe(3);
    expect(merged.template.spec.containers[0].image).toBe('shop/web:1.5.0');
    expect(merged.template.spec.containers[0].env).toEqual([{ name: 'FEATURE', value: 'on' }, { name: 'MODE', value: 'big' }]);
    expect(spec.templatePool['web-1-5'].replicas).toBe(1);
  });

  test('two rollouts on different fields both apply where both reached', () => {
    const { c, sites, web } = fleet();
    new GridRollout(c, 'image', { grid: web, override: { image: 'shop/web:1.5.0' }, waves: [sites.select({ tier: 'canary' }), sites.all()], currentWave: 2 });
    new GridRollout(c, 'env', { grid: web, override: { env: { NEW_CART: '1' } }, waves: [sites.select({ tier: 'canary' }), sites.all()], currentWave: 1 });
    expect(Findings.of(c)).toEqual([]);
    const spec = find(synthUnchecked(c), 'DeploymentGrid', 'web').spec;
    expect(spec.templates).toEqual({ 'shop-0001': 'image+env', 'shop-0002': 'image', 'shop-0003': 'image' });
    expect(spec.templatePool['image+env'].template.spec.containers[0]).toMatchObject({ image: 'shop/web:1.5.0', env: [{ name: 'NEW_CART', value: '1' }] });
  });

  test('works on a StatefulSetGrid, and only counts sites of the grid\'s group', () => {
    const { c, sites } = fleet();
    const north = sites.nodeGroup('north', { select: { region: 'north' } });
    const db = new ServiceGrid(c, 'db-svc', { name: 'db', nodeGroup: north, ports: [{ port: 5432 }] });
    const set = new StatefulSetGrid(c, 'db', { nodeGroup: north, serviceGrid: db, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: 'postgres:16', securityContext: { user: 999 } }] });
    const r = new GridRollout(c, 'pg-17', { grid: set, override: { image: 'postgres:17' }, waves: [sites.select({ tier: 'canary' }), sites.all()], currentWave: 1 });
    expect(r.sitesUpdated).toEqual(['shop-0001']);
    expect(r.sitesPending).toEqual(['shop-0003']);
    expect(r.sitesOfWave(2)).toEqual(['shop-0003']); // shop-0002 is not in the group
    expect(Findings.of(c)).toEqual([]);
  });
});

describe('rules', () => {
  test('SE-R01: a wave that picks no new site; quiet when each wave adds one', () => {
    const { c, sites, web } = fleet();
    new GridRollout(c, 'web-1-5', { grid: web, override: { image: 'x:2' }, waves: [sites.select({ region: 'north' }), sites.select({ tier: 'canary' }), sites.all()] });
    expect(findingsOf(c, 'SE-R01')).toEqual([
      '[edge/web-1-5] SE-R01: wave 2 of GridRollout "web-1-5" (select({ tier: "canary" })) picks no site of the grid that an earlier wave did not already pick, so advancing currentWave to 2 changes nothing. Fix: remove the wave, or select other sites in it (waves count only sites not picked before)',
    ]);
  });

  test('SE-R02: a site of the grid\'s group in no wave; quiet with sites.all() last', () => {
    const { c, sites, web } = fleet();
    new GridRollout(c, 'web-1-5', { grid: web, override: { image: 'x:2' }, waves: [sites.select({ region: 'north' })] });
    expect(findingsOf(c, 'SE-R02')).toEqual([
      '[edge/web-1-5] SE-R02: GridRollout "web-1-5" never reaches 1 site of grid "web" ("shop-0002"): no wave selects it, so it would keep the old template after the last wave. Fix: end the waves with sites.all(), or add the sites to a wave',
    ]);
    const quiet = fleet();
    new GridRollout(quiet.c, 'r', { grid: quiet.web, override: { image: 'x:2' }, waves: [quiet.sites.select({ region: 'north' }), quiet.sites.all()] });
    expect(findingsOf(quiet.c, 'SE-R02')).toEqual([]);
  });

  test.each([[4], [-1], [1.5]])('SE-R03: currentWave %p is out of range, and nobody is updated', wave => {
    const { c, sites, web } = fleet();
    const r = new GridRollout(c, 'web-1-5', { grid: web, override: { image: 'x:2' }, waves: [sites.select({ tier: 'canary' }), sites.all()], currentWave: wave });
    expect(findingsOf(c, 'SE-R03')).toEqual([
      `[edge/web-1-5] SE-R03: GridRollout "web-1-5" has currentWave ${wave}, but it has 2 waves: currentWave is 0 (nobody updated yet) to 2 (every wave). Fix: pass a whole number from 0 to 2`,
    ]);
    expect(r.sitesUpdated).toEqual([]);
  });

  test('SE-R04: two rollouts on one grid that change the same field; quiet on different fields', () => {
    const { c, sites, web } = fleet();
    new GridRollout(c, 'a', { grid: web, override: { image: 'x:2', replicas: 2 }, waves: [sites.all()] });
    new GridRollout(c, 'b', { grid: web, override: { containerName: 'web', image: 'x:3', env: { A: '1' } }, waves: [sites.all()] });
    new GridRollout(c, 'c', { grid: web, override: { env: { B: '1' } }, waves: [sites.all()] });
    expect(findingsOf(c, 'SE-R04')).toEqual([
      '[edge/b] SE-R04: GridRollout "b" and GridRollout "a" both change image of container "web" of grid "web"; a site both reach would get one or the other depending on their waves. Fix: finish "a" (fold its change into the grid\'s template and remove it) before starting "b", or change different fields',
    ]);
  });

  test('SE-R05: a rollout and a site override that change different containers', () => {
    const c = cluster();
    const sites = SiteCatalog.fromFile(c, 'sites', FIXTURE);
    const all = sites.nodeGroup('shops');
    const web = new DeploymentGrid(c, 'web', {
      nodeGroup: all,
      gridCrd: GridCrd.POOL_METADATA_PRESERVED,
      containers: [{ name: 'web', image: 'web:1' }, { name: 'sidecar', image: 'proxy:1' }],
    });
    web.overrideSites(sites.select({ tier: 'flagship' }), { containerName: 'sidecar', image: 'proxy:2' });
    new GridRollout(c, 'web-2', { grid: web, override: { containerName: 'web', image: 'web:2' }, waves: [sites.all()], currentWave: 1 });
    expect(findingsOf(c, 'SE-R05')).toEqual([
      '[edge/web-2] SE-R05: GridRollout "web-2" changes container "web", but the site overrides of "shop-0002" change another container; a site\'s pool template can carry one container\'s changes, so the rollout\'s replace the site\'s there. Fix: make the site override and the rollout change the same container (containerName), or move the site\'s change into the grid\'s template',
    ]);
    // Quiet: the first container named or not is the same container.
    const quiet = fleet();
    quiet.web.overrideSites(quiet.sites.select({ tier: 'flagship' }), { image: 'web:1.1' });
    new GridRollout(quiet.c, 'web-2', { grid: quiet.web, override: { containerName: 'web', env: { A: '1' } }, waves: [quiet.sites.all()], currentWave: 1 });
    expect(findingsOf(quiet.c, 'SE-R05')).toEqual([]);
    const merged = find(synthUnchecked(quiet.c), 'DeploymentGrid', 'web').spec.templatePool['shop-0002+web-2'];
    expect(merged.template.spec.containers[0]).toMatchObject({ image: 'web:1.1', env: [{ name: 'A', value: '1' }] });
  });

  test('SE-P01: a rollout on a grid with the upstream CRDs, even before its first wave', () => {
    const { c, sites, web } = fleet(GridCrd.UPSTREAM);
    new GridRollout(c, 'web-1-5', { grid: web, override: { image: 'x:2' }, waves: [sites.all()], currentWave: 0 });
    expect(findingsOf(c, 'SE-P01')).toEqual([
      '[edge/web-1-5] SE-P01: GridRollout "web-1-5" rolls its change out as per-site templatePool entries of grid "web", and the upstream grid CRD prunes the pod labels of pool templates: the API server would reject the updated sites\' workloads. Fix: install grid CRDs that preserve templatePool.*.template.metadata and pass gridCrd: GridCrd.POOL_METADATA_PRESERVED on the grid (see docs/grids.md)',
    ]);
  });

  test('bad props from JavaScript callers throw with the construct path', () => {
    const { c, sites } = fleet();
    expect(() => new GridRollout(c, 'x', { grid: null, override: {}, waves: [] } as any)).toThrow('edge/x: GridRollout needs grid: a DeploymentGrid or StatefulSetGrid, got null');
    expect(() => new GridRollout(c, 'y', { grid: new DeploymentGrid(c, 'g', { nodeGroup: sites.nodeGroup('g2'), containers: [{ image: 'a' }] }), override: { image: 'b' }, waves: [{}] } as any))
      .toThrow('edge/y: GridRollout needs waves: a list of site selections');
  });

  test('every SE-R rule is in the catalogue', () => {
    for (const id of ['SE-R01', 'SE-R02', 'SE-R03', 'SE-R04', 'SE-R05']) expect(RULES[id]).toBeDefined();
  });
});

test('kplus containers keep working with rollouts (resources override)', () => {
  const { c, sites, web } = fleet();
  new GridRollout(c, 'cpu', { grid: web, override: { resources: { cpu: { request: kplus.Cpu.millis(300) } } }, waves: [sites.all()], currentWave: 1 });
  const spec = find(synthUnchecked(c), 'DeploymentGrid', 'web').spec;
  expect(spec.templatePool.cpu.template.spec.containers[0].resources).toEqual({ requests: { cpu: '300m' } });
});
