import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { UsageError } from '../cli/usage-error';
import { byString } from '../internal/util';

/** The annotation of controller-preview objects: the plan expands grids itself, so they are skipped. */
const PREVIEW_ANNOTATION = 'cdk8s-superedge.io/preview';
/** The index a GitOpsLayout writes at its root. */
const GITOPS_INDEX = '.cdk8s-superedge-gitops.yaml';

/** One object of a synthesized output, with the cluster (target) it is applied to. */
export interface OutputObject {
  /** The target: a GitOps layout's target name, or a cdk8s output file's chart name. */
  readonly target: string;
  /** `file#doc`, relative to the output's folder. */
  readonly origin: string;
  readonly object: any;
}

/** A synthesized output, read. */
export interface Output {
  readonly objects: OutputObject[];
  /** GitOps waves by target, when the output is a GitOps layout. */
  readonly targetWaves: Map<string, number>;
  /** Targets that are Kins unit clusters (from a GitOps layout's index). */
  readonly kinsTargets: Set<string>;
}

/**
 * Reads a synthesized output: a cdk8s `dist/` folder (one file per chart: the chart is
 * the target), a GitOps layout (its index names the targets and their folders; the
 * previews are skipped) or a single file. Unreadable input is a UsageError (exit 2).
 * Internal: this is the plan's and graph's own small reading of YAML, until the
 * manifest reader and the model are on the main branch.
 */
export function readOutput(dir: string): Output {
  if (typeof dir !== 'string' || dir === '') throw new UsageError('no output folder given. Fix: name a dist/ folder or a GitOps layout');
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new UsageError(`cannot read ${dir}: no such file or folder`);
  }
  const objects: OutputObject[] = [];
  const targetWaves = new Map<string, number>();
  const kinsTargets = new Set<string>();
  if (st.isFile()) {
    readFile(dir, path.basename(dir), chartOf(path.basename(dir)), objects);
    return { objects, targetWaves, kinsTargets };
  }
  const index = path.join(dir, GITOPS_INDEX);
  if (fs.existsSync(index)) {
    const parsed = parseAllDocuments(fs.readFileSync(index, 'utf-8'));
    const doc = Array.isArray(parsed) && parsed.length > 0 ? parsed[0].toJS() : undefined;
    const targets: any[] = Array.isArray(doc?.targets) ? doc.targets : [];
    if (targets.length === 0) throw new UsageError(`${index}: lists no targets; write the layout again with GitOpsLayout.write()`);
    for (const t of targets) {
      if (typeof t?.name !== 'string' || typeof t?.folder !== 'string' || t.folder.split('/').includes('..')) {
        throw new UsageError(`${index}: a target without a name or with a folder outside the layout`);
      }
      if (typeof t.wave === 'number') targetWaves.set(t.name, t.wave);
      if (t.kind === 'kins') kinsTargets.add(t.name);
      for (const f of yamlFiles(path.join(dir, t.folder))) {
        if (path.basename(f) === 'kustomization.yaml') continue;
        readFile(f, path.relative(dir, f), t.name, objects);
      }
    }
    return { objects, targetWaves, kinsTargets };
  }
  for (const f of yamlFiles(dir)) {
    const rel = path.relative(dir, f);
    if (path.basename(f) === 'kustomization.yaml') continue;
    readFile(f, rel, chartOf(rel.split(path.sep)[0]), objects);
  }
  return { objects, targetWaves, kinsTargets };
}

/** The chart a dist/ file or KustomizeLayout folder names: `edge.k8s.yaml` -> `edge`. */
function chartOf(name: string): string {
  return name.replace(/\.k8s\.ya?ml$/i, '').replace(/\.(ya?ml|json)$/i, '');
}

function yamlFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new UsageError(`cannot read folder ${dir}`);
  }
  const out: string[] = [];
  for (const e of entries.sort((a, b) => byString(a.name, b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') out.push(...yamlFiles(full));
    else if (e.isFile() && /\.(ya?ml|json)$/i.test(e.name) && !e.name.startsWith('.')) out.push(full);
  }
  return out;
}

function readFile(file: string, rel: string, target: string, out: OutputObject[]): void {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf-8');
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const docs = parseAllDocuments(text);
  (Array.isArray(docs) ? docs : []).forEach((d, i) => {
    if (d.errors.length > 0) throw new UsageError(`${file}: document ${i + 1}: ${d.errors[0].message.split('\n')[0]}`);
    const obj = d.toJS({ maxAliasCount: 1000 });
    if (obj === null || obj === undefined) return;
    const items = obj.kind === 'List' && Array.isArray(obj.items) ? obj.items : [obj];
    for (const o of items) {
      if (o === null || typeof o !== 'object' || typeof o.kind !== 'string' || typeof o.metadata?.name !== 'string') {
        throw new UsageError(`${file}: document ${i + 1} is not a Kubernetes object (no kind or metadata.name)`);
      }
      if (o.metadata.annotations?.[PREVIEW_ANNOTATION] !== undefined) continue;
      out.push({ target, origin: `${rel.split(path.sep).join('/')}#${i + 1}`, object: o });
    }
  });
}
