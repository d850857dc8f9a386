import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { parseAllDocuments } from 'yaml';

export const ROOT = join(__dirname, '..', '..');
export const SRC = join(ROOT, 'src');
export const BIN = join(ROOT, 'lib', 'cli', 'main.js');

const scratchDirs: string[] = [];

/** A scratch folder inside the repository (so the program finds cdk8s and cdk8s-plus in node_modules). */
export function scratch(prefix: string): string {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', `${prefix}-`));
  scratchDirs.push(dir);
  return dir;
}

/** Removes the scratch folders of this test file (call in afterAll). */
export function removeScratch(): void {
  for (const d of scratchDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Runs a TypeScript program with ts-node in `dir` and returns every object it wrote to dist/. */
export function runProgram(dir: string, file: string, env: NodeJS.ProcessEnv = {}): any[] {
  execFileSync(process.execPath, ['--require', 'ts-node/register/transpile-only', file], {
    cwd: dir,
    env: { ...process.env, CDK8S_OUTDIR: join(dir, 'dist'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return readYamlFolder(join(dir, 'dist'));
}

/** Every object of every *.yaml file in a folder (files sorted). */
export function readYamlFolder(dir: string): any[] {
  return readdirSync(dir).filter(f => f.endsWith('.yaml')).sort()
    .flatMap(f => parseAllDocuments(readFileSync(join(dir, f), 'utf8')).map(d => d.toJS()).filter(o => o));
}

/** Writes `text` as `name` in `dir`, returns its path. */
export function writeIn(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

/** Lists the library sorts (sets): compared as sets. */
const SET_KEYS = new Set(['nodes', 'nodeUnits', 'autoFindNodeKeys']);

/**
 * Where `actual` lacks a field of `wanted` or has another value: a deep subset check
 * written independently of the importer's own. Null in `wanted` means unset.
 */
export function missingFields(wanted: unknown, actual: unknown, path = ''): string[] {
  if (wanted === null || wanted === undefined) return [];
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual)) return [`${path}: wanted a list, got ${JSON.stringify(actual)}`];
    if (wanted.length !== actual.length) return [`${path}: wanted ${wanted.length} items, got ${actual.length}`];
    const key = path.split('/').pop()!;
    if (key === 'volumes') {
      // A pod's volumes are a set of named items (cdk8s-plus orders them its own way).
      return wanted.flatMap((w: any) => missingFields(w, actual.find((x: any) => x?.name === w?.name), `${path}[name=${w?.name}]`));
    }
    if (SET_KEYS.has(key)) {
      return JSON.stringify([...wanted].sort()) === JSON.stringify([...actual].sort()) ? [] : [`${path}: wanted ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`];
    }
    return wanted.flatMap((w, i) => missingFields(w, actual[i], `${path}/${i}`));
  }
  if (typeof wanted === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: wanted an object, got ${JSON.stringify(actual)}`];
    return Object.entries(wanted as object).flatMap(([k, v]) => missingFields(v, (actual as any)[k], `${path}/${k}`));
  }
  return wanted === actual ? [] : [`${path}: wanted ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`];
}

/** The output object of the same kind, namespace and name. */
export function counterpart(objects: any[], o: any): any {
  return objects.find(x => x.kind === o.kind && x.metadata?.name === o.metadata?.name
    && (x.metadata?.namespace ?? '') === (o.metadata?.namespace ?? ''));
}
