/**
 * One synthesis of the benchmark's fleet, to profile (`node --cpu-prof`):
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof --require ts-node/register/transpile-only bench/profile.ts 20000 [preview|app|raw]
 *   node --require ts-node/register/transpile-only bench/profile-summary.ts bench/out/prof/*.cpuprofile
 *
 * `preview` adds the controller-preview chart, `app` uses cdk8s's App instead of
 * EdgeApp, `raw` synthesizes raw cdk8s ApiObjects of the same objects.
 */
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import { buildFleet } from './fleet';
import { EdgeApp } from '../src';

const sites = Number(process.argv[2] ?? 20000);
const mode = process.argv[3] ?? '';
const outdir = path.join(os.tmpdir(), `cdk8s-superedge-profile-${process.pid}`);
process.stderr.write = (() => true) as any; // the fleet's warnings
const app = mode === 'app' ? new App({ outdir }) : new EdgeApp({ outdir });
buildFleet(app, { sites, nodesPerSite: 3, groups: 10, grids: 50, preview: mode === 'preview' });
if (mode === 'raw') {
  const docs = app.charts.flatMap(c => c.toJson());
  const raw = new App({ outdir });
  const chart = new Chart(raw, 'raw', { disableResourceNameHashes: true });
  docs.forEach((o, i) => new ApiObject(chart, `o${i}`, o));
  raw.synthYaml();
} else {
  app.synthYaml();
}
