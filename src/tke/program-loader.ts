import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { captureClusters } from './capture';

/** A program that cannot be found or loaded (bad usage); the message says why. Internal. */
export class ProgramLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgramLoadError';
  }
}

/** A program that was loaded but threw (e.g. its app.synth() refused the topology). Internal. */
export class ProgramFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgramFailedError';
  }
}

/**
 * Runs a cdk8s program (JavaScript, or TypeScript through the ts-node it can resolve)
 * in this process, as `cdk8s synth` would, and returns the EdgeClusters it declares.
 * Its `app.synth()` writes to a temporary folder (CDK8S_OUTDIR), removed afterwards;
 * anything else the program does, it does. Internal.
 */
export function loadProgramClusters(file: string): any[] {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) throw new ProgramLoadError(`program ${file} not found: give the file of your cdk8s app, e.g. --program main.ts`);
  if (/\.[cm]?ts$/.test(abs)) registerTypeScript(abs);
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-superedge-program-'));
  const savedOutdir = process.env.CDK8S_OUTDIR;
  process.env.CDK8S_OUTDIR = outdir;
  try {
    return captureClusters(() => {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require(abs);
      } catch (e: any) {
        if (e?.code === 'MODULE_NOT_FOUND' && String(e.message).includes(abs)) throw new ProgramLoadError(`program ${file} cannot be loaded: ${e.message}`);
        throw new ProgramFailedError(`program ${file} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  } finally {
    if (savedOutdir === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = savedOutdir;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Picks the cluster with construct id (or path) `id`, or the only one. */
export function pickCluster(clusters: readonly any[], id: string | undefined, file: string): any {
  const described = clusters.map(c => c.node.path).sort();
  if (id !== undefined) {
    const found = clusters.filter(c => c.node.id === id || c.node.path === id);
    if (found.length === 1) return found[0];
    throw new ProgramLoadError(`program ${file} declares ${found.length === 0 ? 'no' : 'more than one'} EdgeCluster "${id}"; it declares: ${described.join(', ') || 'none'}`);
  }
  if (clusters.length === 1) return clusters[0];
  if (clusters.length === 0) throw new ProgramLoadError(`program ${file} declares no EdgeCluster`);
  throw new ProgramLoadError(`program ${file} declares ${clusters.length} EdgeClusters (${described.join(', ')}): pick one with --cluster ID`);
}

function registerTypeScript(file: string): void {
  // Already able to load TypeScript (e.g. run through ts-node or jest): nothing to do.
  if (require.extensions && (require.extensions as any)['.ts']) return;
  let tsNode: string;
  try {
    tsNode = require.resolve('ts-node', { paths: [path.dirname(file), process.cwd()] });
  } catch {
    throw new ProgramLoadError(`program ${file} is TypeScript, and no ts-node can be found from it: install ts-node in your project (npm i -D ts-node typescript), or pass the compiled .js`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(tsNode).register({ transpileOnly: true, projectSearchDir: path.dirname(file) });
}
