/**
 * A new user's first mistake, as a person meets it: a program run in its own process,
 * directly (`npx ts-node main.ts`) and through `cdk8s synth`, its stderr and what is left
 * in `dist/`. The README says which ("Writing nothing on error"): no file is written;
 * run directly, `dist/` keeps the files of the last synthesis that succeeded, while
 * `cdk8s synth` empties it first.
 */
import * as fs from 'fs';
import * as path from 'path';
import { removeProgramDirs, RunAs, runProgram, scratchProgramDir } from './support/run-program';

const GOOD = `const c = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
new NodeGroup(c, 'location', { nodeUnits: [bj] });`;

const BROKEN = `const c = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
const bj = new NodeUnit(c, 'Beijing', { nodes: ['bj-1'] });
new NodeUnit(c, 'empty', {});
new NodeGroup(c, 'location', { nodeUnits: [bj] });`;

afterAll(removeProgramDirs);
const dir = scratchProgramDir;

describe.each([RunAs.DIRECT, RunAs.CDK8S_CLI])('a broken program run %s', how => {
  test('fails with the finding on stderr and writes no file', () => {
    const d = dir();
    const good = runProgram(d, GOOD, how);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    const out = path.join(d, 'dist', 'edge.k8s.yaml');
    const before = fs.readFileSync(out, 'utf8');
    expect(before).toContain('name: beijing');

    const broken = runProgram(d, BROKEN, how);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('[edge/Beijing] SE-U01: NodeUnit name "Beijing" is not usable');
    expect(broken.stderr).toContain('cdk8s-superedge: 1 warning:\n  [edge/empty] SE-U04');
    if (how === RunAs.DIRECT) {
      // Nothing written: the file of the last good run is still there, unchanged.
      expect(fs.readdirSync(path.join(d, 'dist'))).toEqual(['edge.k8s.yaml']);
      expect(fs.readFileSync(out, 'utf8')).toBe(before);
    } else {
      // cdk8s synth deletes dist/ before it runs the program, which creates it again, empty.
      expect(fs.readdirSync(path.join(d, 'dist'))).toEqual([]);
      expect(broken.stderr).toMatch(/Error: command ".*main\.ts " at .* returned a non-zero exit code 1/);
    }
  }, 60_000);
});
