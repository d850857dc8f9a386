/**
 * Capacity per site (SE-Q01, SE-Q02): grid pods (overrides and rollouts included),
 * DaemonSets the library emits per node, and platform agents, against each site's
 * allocatable; and the Kubernetes quantity parser it rests on.
 */
import * as path from 'path';
import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { AdmissionTls, DeploymentGrid, EdgeHealth, Findings, GridCrd, GridRollout, MultiRegionIngress, Platform, Severity, SiteCatalog } from '../src';
import { cluster, findingsOf } from './support/synth';
import { checkCapacity } from '../src/catalog/checks/capacity';
import { podRequests } from '../src/catalog/pod-requests';
import { formatCpu, formatMemory, parseQuantity } from '../src/catalog/quantity';
import { PLATFORM_AGENTS } from '../src/superedge/platform-agents';
import { RULES } from '../src/validation/rules';

const FIXTURE = path.join(__dirname, 'fixtures', 'catalog', 'sites.yaml');

function shop(props: { platform?: Platform; logCollection?: boolean } = {}) {
  const c = cluster(props);
  const sites = SiteCatalog.fromFile(c, 'sites', FIXTURE);
  const all = sites.nodeGroup('shops');
  const web = new DeploymentGrid(c, 'web', {
    nodeGroup: all,
    gridCrd: GridCrd.POOL_METADATA_PRESERVED,
    containers: [{ image: 'shop/web:1.4.0', resources: { cpu: { request: kplus.Cpu.millis(200) }, memory: { request: Size.mebibytes(256) } } }],
  });
  return { c, sites, all, web };
}

describe('Kubernetes quantities', () => {
  test.each([
    ['4', 4], ['500m', 0.5], ['8Gi', 8 * 2 ** 30], ['16G', 16e9], ['1e3', 1000], ['1E3', 1000], ['.5', 0.5], ['5.', 5],
    ['+2', 2], ['1.5Gi', 1.5 * 2 ** 30], ['128974848', 128974848], ['129M', 129e6], ['123Mi', 123 * 2 ** 20], ['1k', 1000], ['1Ki', 1024], ['2E', 2e18],
  ])('%s is %d', (text, value) => {
    expect(parseQuantity(text as string)).toBe(value);
  });

  test.each(['', ' 4', '4 ', '4 cores', '8GB', '1Gib', '1e', '0x10', '1.2.3', 'Gi', '--1', '1K', '1mi'])('%j is refused', text => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  test('figures for people', () => {
    expect([formatCpu(4000), formatCpu(350), formatCpu(2150)]).toEqual(['4', '350m', '2.15']);
    expect([formatMemory(16 * 2 ** 20), formatMemory(8 * 2 ** 30), formatMemory(1.5 * 2 ** 30), formatMemory(1000)]).toEqual(['16Mi', '8Gi', '1.5Gi', '1000']);
  });

  test('pod requests: containers summed, the largest init container, a limit without request counts', () => {
    expect(podRequests({
      containers: [{ resources: { requests: { cpu: '200m', memory: '256Mi' } } }, { resources: { limits: { cpu: '1', memory: '1Gi' } } }],
      initContainers: [{ resources: { requests: { cpu: '2', memory: '64Mi' } } }],
    })).toEqual({ cpuMillis: 2000, memoryBytes: 1280 * 2 ** 20 });
  });
});

describe('capacity per site', () => {
  test('quiet: the issue program fits every site', () => {
    const { c, sites, web } = shop();
    web.overrideSites(sites.select({ tier: 'flagship' }), { replicas: 3 });
    expect(Findings.of(c)).toEqual([]);
  });

  test('SE-Q01: over the allocatable, naming site, resource, demand vs allocatable and the largest consumers (DaemonSets included)', () => {
    const { c, sites, web } = shop();
    web.overrideSite(sites.unit('shop-0003')!, { replicas: 10 });
    new MultiRegionIngress(c, 'entry', { nodeUnits: [sites.unit('shop-0003')!], rules: [{ serviceName: 'web', port: 80 }] });
    new EdgeHealth(c, 'health', { daemonSet: true });
    expect(findingsOf(c, 'SE-Q01')).toEqual([
      `[edge/sites] SE-Q01: site "shop-0003" (${FIXTURE}) asks for cpu 2.15 but has 2 allocatable on 1 node (108 %); largest: DeploymentGrid "web" (template "shop-0003") 10 × 200m = 2, DaemonSet "entry-shop-0003-controller" 1 × 100m = 100m, DaemonSet "edge-health" 1 × 50m = 50m. Fix: give site "shop-0003" more cpu (nodes), or lower the requests or replicas of its largest consumers there (overrideSite), or take it out of some grids`,
    ]);
    // The DaemonSets land per node: edge-health on both nodes of shop-0001, the ingress controller only in shop-0003.
    expect(findingsOf(c, 'SE-Q02')).toEqual([]);
    const err = Findings.of(c).find(f => f.ruleId === 'SE-Q01')!;
    expect(err.severity).toBe(Severity.ERROR);
  });

  test('SE-Q02: above 90 % is a warning; the TKE Edge log agent counts per node when logging is on', () => {
    const { c, sites, web } = shop({ platform: Platform.TKE_EDGE, logCollection: true });
    web.overrideSite(sites.unit('shop-0003')!, { replicas: 9 });
    expect(Findings.of(c).map(Findings.format)).toEqual([
      `[edge/sites] warning SE-Q02: site "shop-0003" (${FIXTURE}) asks for cpu 1.9 but has 2 allocatable on 1 node (95 %, over 90 %); largest: DeploymentGrid "web" (template "shop-0003") 9 × 200m = 1.8, TKE Edge log agent 1 × 100m = 100m. Fix: leave headroom at site "shop-0003" for rolling updates (a Deployment's surge pods need it): more cpu, or lower requests or replicas there`,
    ]);
    // Without log collection the same site is at 90 %: no finding.
    const quiet = shop({ platform: Platform.TKE_EDGE });
    quiet.web.overrideSite(quiet.sites.unit('shop-0003')!, { replicas: 9 });
    expect(Findings.of(quiet.c)).toEqual([]);
  });

  test('rollouts count: the updated sites run the rollout\'s resources', () => {
    const { c, sites, web } = shop();
    new GridRollout(c, 'big', { grid: web, override: { resources: { cpu: { request: kplus.Cpu.millis(2500) }, memory: { request: Size.gibibytes(1) } } }, waves: [sites.select({ region: 'north' }), sites.all()], currentWave: 1 });
    expect(findingsOf(c, 'SE-Q01').map(f => f.slice(0, 95))).toEqual([
      `[edge/sites] SE-Q01: site "shop-0003" (${FIXTURE}) asks for cpu 2.5 but has 2 allocatable`.slice(0, 95),
    ]);
    expect(findingsOf(c, 'SE-Q01')[0]).toContain('largest: DeploymentGrid "web" (template "big") 1 × 2.5 = 2.5');
  });

  test('memory is checked too, and sites without figures are not', () => {
    const { c, sites, web } = shop();
    web.overrideSite(sites.unit('shop-0003')!, { replicas: 5, resources: { memory: { request: Size.gibibytes(1) } } });
    const found = findingsOf(c, 'SE-Q01');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('site "shop-0003"');
    expect(found[0]).toContain('asks for memory 5Gi but has 4Gi allocatable on 1 node (125 %); largest: DeploymentGrid "web" (template "shop-0003") 5 × 1Gi = 5Gi');
    const bare = cluster();
    const s = SiteCatalog.fromRecords(bare, 'sites', [{ name: 'a', nodes: [{ name: 'a-1' }] }]);
    new DeploymentGrid(bare, 'web', { nodeGroup: s.nodeGroup('g'), replicas: 1000, containers: [{ image: 'x' }] });
    expect(Findings.of(bare)).toEqual([]);
  });

  test('checkCapacity on plain figures: exactly at the allocatable is a warning, not an error', () => {
    const out = checkCapacity('inventory', [{ site: 's', nodes: 1, cpuMillis: 1000 }], [{ consumer: 'x', cpuMillis: 500, memoryBytes: 0, count: 2, sites: ['s'] }]);
    expect(out.map(r => r.ruleId)).toEqual(['SE-Q02']);
  });

  test('the platform agents cite where each figure comes from', () => {
    for (const a of PLATFORM_AGENTS) expect(a.source).toMatch(/\S/);
    expect(PLATFORM_AGENTS.find(a => a.name === 'TKE Edge log agent')).toMatchObject({ cpuMillis: 100, memoryBytes: 16 * 2 ** 20 });
    expect(RULES['SE-Q01']).toBeDefined();
    expect(RULES['SE-Q02']).toBeDefined();
  });
});

describe('the worked example of docs/fleet.md (examples/edge-fleet/sites.csv)', () => {
  const CSV = path.join(__dirname, '..', 'examples', 'edge-fleet', 'sites.csv');

  function example(replicasAt0003?: number) {
    const c = cluster();
    const sites = SiteCatalog.fromFile(c, 'sites', CSV);
    const shops = sites.nodeGroup('shops');
    const web = new DeploymentGrid(c, 'web', {
      nodeGroup: shops,
      gridCrd: GridCrd.POOL_METADATA_PRESERVED,
      containers: [{ image: 'shop/web:1.4.0', resources: { cpu: { request: kplus.Cpu.millis(200) }, memory: { request: Size.mebibytes(256) } } }],
    });
    web.overrideSites(sites.select({ tier: 'flagship' }), { replicas: 3 });
    new EdgeHealth(c, 'health', {
      checkUnits: sites.units,
      daemonSet: true,
      hmacKey: { secret: kplus.Secret.fromSecretName(c, 'hmac', 'edge-health-hmac'), key: 'hmackey' },
      admissionTls: AdmissionTls.certManager({ issuer: 'edge-ca' }),
    });
    const rollout = new GridRollout(c, 'web-1-5', {
      grid: web,
      override: { image: 'shop/web:1.5.0' },
      waves: [sites.select({ tier: 'canary' }), sites.select({ region: 'north' }), sites.all()],
      currentWave: 1,
    });
    if (replicasAt0003 !== undefined) web.overrideSite(sites.unit('shop-0003')!, { replicas: replicasAt0003 });
    return { c, rollout };
  }

  test('the waves and the quiet fleet', () => {
    const { c, rollout } = example();
    expect([rollout.sitesOfWave(1), rollout.sitesOfWave(2), rollout.sitesOfWave(3)]).toEqual([['shop-0001'], ['shop-0003'], ['shop-0002', 'shop-0004', 'shop-0005']]);
    expect(rollout.sitesUpdated).toEqual(['shop-0001']);
    expect(Findings.of(c)).toEqual([]);
  });

  test('shop-0003 with 9 replicas: a warning at 93 %; with 10: an error', () => {
    expect(Findings.of(example(9).c).map(Findings.format)).toEqual([
      `[edge/sites] warning SE-Q02: site "shop-0003" (${CSV}) asks for cpu 1.85 but has 2 allocatable on 1 node (93 %, over 90 %); largest: DeploymentGrid "web" (template "shop-0003") 9 × 200m = 1.8, DaemonSet "edge-health" 1 × 50m = 50m. Fix: leave headroom at site "shop-0003" for rolling updates (a Deployment's surge pods need it): more cpu, or lower requests or replicas there`,
    ]);
    expect(findingsOf(example(10).c, 'SE-Q01')).toEqual([
      `[edge/sites] SE-Q01: site "shop-0003" (${CSV}) asks for cpu 2.05 but has 2 allocatable on 1 node (103 %); largest: DeploymentGrid "web" (template "shop-0003") 10 × 200m = 2, DaemonSet "edge-health" 1 × 50m = 50m. Fix: give site "shop-0003" more cpu (nodes), or lower the requests or replicas of its largest consumers there (overrideSite), or take it out of some grids`,
    ]);
  });
});
