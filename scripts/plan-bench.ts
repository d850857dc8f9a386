/**
 * Times `cdk8s-superedge plan` on a large fleet: 5,000 sites in one NodeGroup and 50
 * DeploymentGrids on it, BASE against a HEAD where one grid's shared template and one
 * site's override change (so every site is expanded and compared):
 *
 *   npx projen compile && node --require ts-node/register/transpile-only scripts/plan-bench.ts [sites] [grids]
 *
 * The outputs are synthesized with the library (app.synth()), then the real binary
 * runs on them; the time printed is the plan's alone.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { DeploymentGrid, EdgeCluster, GridCrd, NodeGroup, NodeUnit } from '../src';
import { Interner, fleetStateOf } from '../src/plan/fleet-state';
import { computePlan } from '../src/plan/plan-diff';
import { readOutput } from '../src/plan/read-output';

const SITES = Number(process.argv[2] ?? 5000);
const GRIDS = Number(process.argv[3] ?? 50);

function synth(outdir: string, head: boolean): void {
  const app = new App({ outdir });
  const c = new EdgeCluster(app, 'edge');
  const units = Array.from({ length: SITES }, (_, i) => new NodeUnit(c, `site-${i}`, { nodes: [`site-${i}-n1`] }));
  const group = new NodeGroup(c, 'stores', { nodeUnits: units });
  for (let g = 0; g < GRIDS; g++) {
    const grid = new DeploymentGrid(c, `app-${g}`, {
      nodeGroup: group,
      gridCrd: GridCrd.POOL_METADATA_PRESERVED,
      containers: [{ image: `registry.example.com/app-${g}:${head && g === 0 ? '2.0' : '1.0'}`, portNumber: 8080 }],
    });
    if (g === 1) grid.overrideSite(units[7], { image: `registry.example.com/app-1:${head ? '1.2' : '1.1'}` });
  }
  app.synth();
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-bench-'));
let t0 = Date.now();
synth(path.join(dir, 'base'), false);
synth(path.join(dir, 'head'), true);
const size = fs.statSync(path.join(dir, 'head', 'edge.k8s.yaml')).size;
console.log(`synthesized ${SITES} sites x ${GRIDS} grids twice in ${Date.now() - t0} ms (${(size / 1e6).toFixed(1)} MB each)`);
t0 = Date.now();
// bash's `time` reports the binary's CPU time too (on stderr): wall clock alone depends on the machine's load.
const bin = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
const r = spawnSync('bash', ['-c', 'TIMEFORMAT="cpu: user %U s, system %S s"; time "$0" "$1" plan "$2" "$3" --json', process.execPath, bin, path.join(dir, 'base'), path.join(dir, 'head')],
  { encoding: 'utf-8', maxBuffer: 1024 * 1024 * 1024 });
const ms = Date.now() - t0;
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const plan = JSON.parse(r.stdout);
console.log(`plan (the binary): ${ms} ms wall clock, ${r.stderr.trim()}, for ${SITES} sites x ${GRIDS} grids (${SITES * GRIDS} expanded workloads per side); ${plan.sitesChanged} sites change`);

// The same in this process, phase by phase, in CPU time (the machine may be shared).
const cpu = () => process.cpuUsage().user / 1000;
let c0 = cpu();
const outputs = [readOutput(path.join(dir, 'base')), readOutput(path.join(dir, 'head'))];
const read = cpu() - c0;
c0 = cpu();
const interner = new Interner();
const states = outputs.map(o => fleetStateOf(o, interner));
const state = cpu() - c0;
c0 = cpu();
computePlan(states[0], states[1]);
const diff = cpu() - c0;
console.log(`CPU: read ${read.toFixed(0)} ms, expand ${state.toFixed(0)} ms, compare ${diff.toFixed(0)} ms`);
fs.rmSync(dir, { recursive: true, force: true });
