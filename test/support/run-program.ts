/**
 * Runs a TypeScript program that uses the library the way a person runs it: directly
 * (`npx ts-node main.ts`) or through `cdk8s synth` (./cdk8s-synth-standin.js), each in
 * its own process in a folder under .tmp/ (so that 'cdk8s' resolves as in a project).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const TS_NODE = require.resolve('ts-node/register/transpile-only');

/** How the program is run. */
export enum RunAs {
  /** `npx ts-node main.ts`. */
  DIRECT = 'direct',
  /** `cdk8s synth` with `app: npx ts-node main.ts`. */
  CDK8S_CLI = 'cdk8s-cli',
}

export interface ProgramRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh folder for programs, under the repository's .tmp/. */
export function programDir(): string {
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  return fs.mkdtempSync(path.join(ROOT, '.tmp', 'program-'));
}

/** Program folders made by `scratchProgramDir()`, removed by `removeProgramDirs()` (call it in afterAll). */
const madeDirs: string[] = [];

/** A program folder that `removeProgramDirs()` removes. */
export function scratchProgramDir(): string {
  const d = programDir();
  madeDirs.push(d);
  return d;
}

/** Removes every folder `scratchProgramDir()` made. */
export function removeProgramDirs(): void {
  for (const d of madeDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/**
 * Writes `main.ts` in `dir`: the imports, `const app = new App();`, `body`, then
 * `app.synth();` (the library is imported from src/), and runs it.
 */
export function runProgram(dir: string, body: string, how: RunAs = RunAs.DIRECT): ProgramRun {
  fs.writeFileSync(path.join(dir, 'main.ts'), [
    "import { App } from 'cdk8s';",
    "import { Construct } from 'constructs';",
    `import * as se from ${JSON.stringify(path.join(ROOT, 'src'))};`,
    'const { EdgeCluster, NodeGroup, NodeUnit } = se;',
    'void Construct;',
    'const app = new App();',
    body,
    'app.synth();',
    '',
  ].join('\n'));
  const node = JSON.stringify(process.execPath);
  const app = `${node} --require ${JSON.stringify(TS_NODE)} main.ts`;
  const env: NodeJS.ProcessEnv = { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json') };
  delete env.CDK8S_OUTDIR;
  const r = how === RunAs.DIRECT
    ? spawnSync(process.execPath, ['--require', TS_NODE, 'main.ts'], { cwd: dir, encoding: 'utf8', env })
    : spawnSync(process.execPath, [path.join(__dirname, 'cdk8s-synth-standin.js'), '--app', app], { cwd: dir, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
