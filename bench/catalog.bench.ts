/**
 * Benchmark: a site catalogue of N sites (default 10,000) with 3 nodes each, as CSV,
 * loaded with SiteCatalog.fromFile, 50 DeploymentGrids on the group of all sites and a
 * rollout in three waves (canary, a region, everyone; two done), synthesized with every
 * check (the catalogue's rules, the topology rules, capacity per site: all run at synthesis). Prints how long
 * loading the catalogue takes against declaring the grids and synthesizing.
 *
 *   npx projen bench:catalog               # 10,000 sites, 50 grids
 *   npx projen bench:catalog -- 3000 20    # sites, grids
 *
 * Not a test: CI never runs it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { DeploymentGrid, EdgeCluster, GridCrd, GridRollout, SiteCatalog } from '../src';
import { loadFile } from '../src/catalog/catalog-data';

const REGIONS = ['north', 'south', 'east', 'west'];

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** The CSV of a fleet: one row per node, site attributes region and tier, allocatable per node. */
export function fleetCsv(sites: number, nodesPerSite = 3): string {
  const rows = ['site,node,region,tier,arch,cpu,memory'];
  for (let s = 0; s < sites; s++) {
    const site = `shop-${String(s).padStart(5, '0')}`;
    const tier = s % 100 === 0 ? 'canary' : s % 10 === 0 ? 'flagship' : 'standard';
    for (let n = 0; n < nodesPerSite; n++) rows.push(`${site},${site}-${n},${REGIONS[s % REGIONS.length]},${tier},amd64,4,8Gi`);
  }
  return rows.join('\n') + '\n';
}

interface Result {
  readonly sites: number;
  readonly grids: number;
  readonly objects: number;
  readonly loadMs: number;
  /** Of the load: reading and parsing the file alone (no units; its checks run with the others at synthesis). */
  readonly readMs: number;
  readonly declareMs: number;
  readonly synthMs: number;
  readonly bytes: number;
}

function run(file: string, sites: number, grids: number): Result {
  const r0 = now();
  loadFile(file);
  const readMs = now() - r0;
  const t0 = now();
  const app = new App({ outdir: path.join(os.tmpdir(), 'cdk8s-superedge-bench-catalog') });
  const cluster = new EdgeCluster(app, 'edge');
  const catalog = SiteCatalog.fromFile(cluster, 'sites', file);
  const shops = catalog.nodeGroup('shops');
  const t1 = now();
  const all: DeploymentGrid[] = [];
  for (let g = 0; g < grids; g++) {
    all.push(new DeploymentGrid(cluster, `app-${g}`, { nodeGroup: shops, gridCrd: GridCrd.POOL_METADATA_PRESERVED, containers: [{ image: `shop/app-${g}:1.0.0` }] }));
  }
  new GridRollout(cluster, 'app-0-1-1', {
    grid: all[0],
    override: { image: 'shop/app-0:1.1.0' },
    waves: [catalog.select({ tier: 'canary' }), catalog.select({ region: 'north' }), catalog.all()],
    currentWave: 2,
  });
  const t2 = now();
  const text = app.synthYaml(); // validation (every check) + rendering + YAML, without writing files
  const t3 = now();
  return {
    sites,
    grids,
    objects: text.split('\n---\n').length,
    loadMs: t1 - t0,
    readMs,
    declareMs: t2 - t1,
    synthMs: t3 - t2,
    bytes: text.length,
  };
}

function main(argv: string[]): void {
  const sites = Number(argv[0] ?? 10000);
  const grids = Number(argv[1] ?? 50);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-catalog-'));
  const warm = path.join(dir, 'warm.csv');
  fs.writeFileSync(warm, fleetCsv(200));
  run(warm, 200, grids); // JIT warm-up
  const file = path.join(dir, 'sites.csv');
  fs.writeFileSync(file, fleetCsv(sites));
  const r = run(file, sites, grids);
  console.log(`catalog benchmark (node ${process.version}; ${r.sites} sites x 3 nodes from CSV (${(fs.statSync(file).size / 1e6).toFixed(1)} MB), ${r.grids} DeploymentGrids, 1 rollout; times in ms)`);
  console.log('objects  load catalogue (of which read+parse the file)  declare grids+rollout  synth (checks+render+yaml)  load/total  MB out  peak RSS MB');
  const total = r.loadMs + r.declareMs + r.synthMs;
  console.log([
    String(r.objects).padEnd(8),
    `${r.loadMs.toFixed(0)} (${r.readMs.toFixed(0)})`.padEnd(50),
    r.declareMs.toFixed(0).padEnd(22),
    r.synthMs.toFixed(0).padEnd(27),
    `${(r.loadMs / total * 100).toFixed(1)} %`.padEnd(11),
    (r.bytes / 1e6).toFixed(1).padEnd(7),
    (process.resourceUsage().maxRSS / 1024).toFixed(0),
  ].join(' '));
  fs.rmSync(dir, { recursive: true, force: true });
}

if (require.main === module) main(process.argv.slice(2).filter(a => a !== '--'));
