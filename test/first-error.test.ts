/**
 * A new user's first mistake, as a person meets it: a program run directly in its own
 * process (`npx ts-node main.ts`), its stderr and what is left in `dist/`. The README
 * says which ("Writing nothing on error"): no file is written, and `dist/` keeps the files
 * of the last synthesis that succeeded.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..');

/** Runs a TypeScript program (importing the library from src/) in its own node process. */
function run(dir: string, body: string): { status: number | null; stderr: string } {
  const file = path.join(dir, 'main.ts');
  fs.writeFileSync(file, [
    "import { App } from 'cdk8s';",
    `import { EdgeCluster, NodeGroup, NodeUnit } from ${JSON.stringify(path.join(root, 'src'))};`,
    'const app = new App();',
    body,
    'app.synth();',
    '',
  ].join('\n'));
  const r = spawnSync(process.execPath, ['--require', require.resolve('ts-node/register/transpile-only'), file], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, CDK8S_OUTDIR: undefined, TS_NODE_PROJECT: path.join(root, 'test', 'tsconfig.json') },
  });
  return { status: r.status, stderr: r.stderr };
}

const GOOD = `const c = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
new NodeGroup(c, 'location', { nodeUnits: [bj] });`;

const BROKEN = `const c = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' });
const bj = new NodeUnit(c, 'Beijing', { nodes: ['bj-1'] });
new NodeUnit(c, 'empty', {});
new NodeGroup(c, 'location', { nodeUnits: [bj] });`;

describe('a broken program run directly', () => {
  let dir: string;
  beforeAll(() => {
    // Inside the repository (.tmp is ignored), so that 'cdk8s' resolves as in a user's project.
    fs.mkdirSync(path.join(root, '.tmp'), { recursive: true });
    dir = fs.mkdtempSync(path.join(root, '.tmp', 'first-error-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('fails with the finding on stderr, writes no file and keeps the last good dist/', () => {
    const good = run(dir, GOOD);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    const out = path.join(dir, 'dist', 'edge.k8s.yaml');
    const before = fs.readFileSync(out, 'utf8');
    expect(before).toContain('name: beijing');

    const broken = run(dir, BROKEN);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('[edge/Beijing] SE-U01: NodeUnit name "Beijing" is not usable');
    expect(broken.stderr).toContain('[edge/empty] warning SE-U04');
    // Nothing written: the file of the last good run is still there, unchanged.
    expect(fs.readdirSync(path.join(dir, 'dist'))).toEqual(['edge.k8s.yaml']);
    expect(fs.readFileSync(out, 'utf8')).toBe(before);
  }, 60_000);
});
