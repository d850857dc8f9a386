import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { UsageError } from '../cli/usage-error';
import { collectManifestFiles, formatReadError, readManifests } from '../manifests';
import type { ManifestDocument } from '../model/from-manifests';

/** The annotation of controller-preview objects: the plan expands grids itself, so they are skipped. */
const PREVIEW_ANNOTATION = 'cdk8s-superedge.io/preview';
/** The index a GitOpsLayout writes at its root. */
const GITOPS_INDEX = '.cdk8s-superedge-gitops.yaml';

/** One object of a synthesized output, with the cluster (target) it is applied to. */
export interface OutputObject {
  /** The target: a GitOps layout's target name, or a cdk8s output file's chart name. */
  readonly target: string;
  /** The document as the manifest reader gives it (file relative to the output's folder). */
  readonly document: ManifestDocument;
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
 * Reads a synthesized output with the manifest reader: a cdk8s `dist/` folder (one file
 * per chart: the chart is the target), a KustomizeLayout tree (a folder per chart), a
 * GitOps layout (its index names the targets and their folders; the previews are
 * skipped) or a single file. `kustomization.yaml` files are skipped, and so are
 * controller-preview objects (the plan expands grids itself). Unreadable input (a
 * missing folder, a YAML error, an object without kind or name) is a UsageError
 * (exit 2), with `file:line:col`. Internal.
 */
export function readOutput(dir: string): Output {
  if (typeof dir !== 'string' || dir === '') throw new UsageError('no output folder given. Fix: name a dist/ folder or a GitOps layout');
  let st: fs.Stats;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new UsageError(`cannot read ${dir}: no such file or folder`);
  }
  if (!st.isFile() && !st.isDirectory()) throw new UsageError(`cannot read ${dir}: not a file or folder`);
  const objects: OutputObject[] = [];
  const targetWaves = new Map<string, number>();
  const kinsTargets = new Set<string>();
  if (st.isFile()) {
    read(path.dirname(dir), [dir], () => chartOf(path.basename(dir)), objects);
    return { objects, targetWaves, kinsTargets };
  }
  const index = path.join(dir, GITOPS_INDEX);
  if (fs.existsSync(index)) {
    const doc = parseDocument(fs.readFileSync(index, 'utf-8'));
    const parsed: any = doc.errors.length === 0 ? doc.toJS() : undefined;
    const targets: any[] = Array.isArray(parsed?.targets) ? parsed.targets : [];
    if (targets.length === 0) throw new UsageError(`${index}: lists no targets; write the layout again with GitOpsLayout.write()`);
    for (const t of targets) {
      if (typeof t?.name !== 'string' || typeof t?.folder !== 'string' || t.folder.split('/').includes('..')) {
        throw new UsageError(`${index}: a target without a name or with a folder outside the layout`);
      }
      if (typeof t.wave === 'number') targetWaves.set(t.name, t.wave);
      if (t.kind === 'kins') kinsTargets.add(t.name);
      read(dir, manifestFiles(path.join(dir, t.folder)), () => t.name, objects);
    }
    return { objects, targetWaves, kinsTargets };
  }
  read(dir, manifestFiles(dir), file => chartOf(path.relative(dir, file).split(path.sep)[0]), objects);
  return { objects, targetWaves, kinsTargets };
}

/** The chart a dist/ file or KustomizeLayout folder names: `edge.k8s.yaml` -> `edge`. */
function chartOf(name: string): string {
  return name.replace(/\.k8s\.ya?ml$/i, '').replace(/\.(ya?ml|json)$/i, '');
}

/** The manifest files of a folder, without kustomize's own `kustomization.yaml`. */
function manifestFiles(dir: string): string[] {
  return collectManifestFiles([dir]).filter(f => !/^kustomization\.ya?ml$/i.test(path.basename(f)));
}

function read(root: string, files: string[], targetOf: (file: string) => string, out: OutputObject[]): void {
  if (files.length === 0) return;
  const result = readManifests(files);
  if (result.errors.length > 0) {
    throw new UsageError(`cannot read the output:\n  ${result.errors.slice(0, 10).map(formatReadError).join('\n  ')}${result.errors.length > 10 ? `\n  and ${result.errors.length - 10} more` : ''}`);
  }
  for (const d of result.documents) {
    const o: any = d.object;
    if (o.metadata?.annotations?.[PREVIEW_ANNOTATION] !== undefined) continue;
    const rel = path.relative(root, d.file).split(path.sep).join('/');
    out.push({ target: targetOf(d.file), document: { file: rel, doc: d.doc, item: d.item, object: o }, object: o });
  }
}
