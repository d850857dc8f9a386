/**
 * Synthesizes every example: runs each `examples/<name>/main.ts` as its own program
 * (as a user would run `cdk8s synth`), writing YAML to `examples/<name>/dist/`.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = __dirname;
const only = process.argv.slice(2);
const names = fs.readdirSync(root)
  .filter(d => fs.existsSync(path.join(root, d, 'main.ts')))
  .filter(d => only.length === 0 || only.includes(d))
  .sort();

let failed = 0;
for (const name of names) {
  const dir = path.join(root, name);
  fs.rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'gitops'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'layout'), { recursive: true, force: true }); // GitOpsLayout trees
  const r = spawnSync(process.execPath, ['--require', 'ts-node/register/transpile-only', 'main.ts'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...process.env, CDK8S_OUTDIR: path.join(dir, 'dist') },
  });
  if (r.status !== 0) {
    failed++;
    console.error(`example ${name}: failed (exit ${r.status})`);
  } else {
    const files = fs.readdirSync(path.join(dir, 'dist')).sort();
    console.log(`example ${name}: ${files.map(f => path.join('examples', name, 'dist', f)).join(', ')}`);
  }
}
if (names.length === 0) {
  console.error('no examples found');
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
