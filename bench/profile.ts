/**
 * One synthesis of the benchmark's fleet, after a warm-up, to profile:
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof --require ts-node/register/transpile-only bench/profile.ts 20000 [edge|preview|app|raw]
 *   node --require ts-node/register/transpile-only bench/profile-summary.ts bench/out/prof/<file>.cpuprofile
 *
 * The summary counts only the samples taken while `measured()` runs (not loading or
 * compiling the code, not the warm-up). `edge` (the default) builds and synthesizes
 * with EdgeApp, `preview` adds the controller-preview chart, `app` uses cdk8s's App,
 * `raw` synthesizes raw cdk8s ApiObjects of the same objects (their rendering by the
 * library not measured).
 */
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import { buildFleet } from './fleet';
import { EdgeApp } from '../src';

const sites = Number(process.argv[2] ?? 20000);
const mode = process.argv[3] ?? 'edge';
const outdir = path.join(os.tmpdir(), `cdk8s-superedge-profile-${process.pid}`);
process.stderr.write = (() => true) as any; // the fleet's warnings

function fleet(n: number): App {
  const app = mode === 'app' ? new App({ outdir }) : new EdgeApp({ outdir });
  buildFleet(app, { sites: n, nodesPerSite: 3, groups: 10, grids: 50, preview: mode === 'preview' });
  return app;
}

function measured(n: number, docs?: any[]): string {
  if (docs) {
    const raw = new App({ outdir });
    const chart = new Chart(raw, 'raw', { disableResourceNameHashes: true });
    docs.forEach((o, i) => new ApiObject(chart, `o${i}`, o));
    return raw.synthYaml();
  }
  return fleet(n).synthYaml();
}

for (const n of [200, sites]) {
  const docs = mode === 'raw' ? fleet(n).charts.flatMap(c => c.toJson()) : undefined;
  const t = Date.now();
  const bytes = measured(n, docs).length;
  if (n === sites) console.log(`${mode}, ${sites} sites: ${Date.now() - t} ms, ${bytes} bytes`);
}
