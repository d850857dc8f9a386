import { readdirSync, statSync, Stats } from 'fs';
import { join } from 'path';
import { UsageError } from '../cli/usage-error';

/** File names the reader takes from a folder. A file named explicitly is read whatever its name. */
const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/** Folders never descended into: hidden ones (`.git`, ...) and `node_modules`. */
function skippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * The manifest files named by `paths`: a file as it is, a folder recursively
 * (`*.yaml`, `*.yml`, `*.json`, entries sorted by name so the order does not depend
 * on the file system). Paths keep the order they were given; a file named twice is
 * read once. A path that does not exist or cannot be read is a UsageError.
 */
export function collectManifestFiles(paths: readonly string[]): string[] {
  if (!Array.isArray(paths) || paths.length === 0) {
    throw new UsageError('no manifest path given. Fix: name at least one YAML/JSON file or folder');
  }
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const p of paths) {
    if (typeof p !== 'string' || p.length === 0) {
      throw new UsageError(`manifest path ${JSON.stringify(p)} is not a path. Fix: name a YAML/JSON file or folder`);
    }
    const st = statOrThrow(p);
    if (st.isDirectory()) walk(p, add);
    else add(p);
  }
  return files;
}

function walk(dir: string, add: (file: string) => void): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new UsageError(`cannot read folder ${dir}: ${reason(e)}`);
  }
  for (const name of names.sort(compareNames)) {
    const full = join(dir, name);
    const st = statOrThrow(full);
    if (st.isDirectory()) {
      if (!skippedFolder(name)) walk(full, add);
    } else if (st.isFile() && MANIFEST_FILE.test(name)) {
      add(full);
    }
  }
}

function statOrThrow(p: string): Stats {
  try {
    return statSync(p);
  } catch (e) {
    throw new UsageError(`cannot read ${p}: ${reason(e)}`);
  }
}

/** Code-point order: the same on every machine and locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function reason(e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return e instanceof Error ? e.message : String(e);
}
