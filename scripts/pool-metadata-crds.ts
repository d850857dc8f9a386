/**
 * Writes the grid CRDs an operator installs for `GridCrd.POOL_METADATA_PRESERVED`: the
 * upstream DeploymentGrid / StatefulSetGrid CRDs with
 * `x-kubernetes-preserve-unknown-fields: true` on `templatePool.*.template.metadata`
 * (docs/grids.md), and the other CRDs as they are, into a scratch folder for the
 * validator. Never into the repository: the upstream files stay in ../shared.
 *
 * The line is inserted into the text: the upstream files' multi-line quoted
 * descriptions are indented as kubebuilder writes them, which Go's YAML reader takes
 * and the `yaml` package refuses, so they are not parsed and rewritten.
 *
 *   node --require ts-node/register/transpile-only scripts/pool-metadata-crds.ts <upstream-crds> <out>
 */
import * as fs from 'fs';
import * as path from 'path';

const PRESERVE = 'x-kubernetes-preserve-unknown-fields: true';

/** The CRD text with pool pod metadata preserved in every version's schema (grid CRDs), else unchanged. */
export function preservePoolMetadata(text: string): string {
  if (!/^\s+kind: (DeploymentGrid|StatefulSetGrid)$/m.test(text)) return text;
  const lines = text.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  let patched = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() !== 'templatePool:') continue;
    const p = indent(lines[i]);
    // templatePool: > additionalProperties: > properties: > template: > properties: > metadata:
    const template = findLine(lines, i + 1, p, p + 6, 'template:');
    const metadata = findLine(lines, template + 1, p + 6, p + 10, 'metadata:');
    lines.splice(metadata + 1, 0, `${' '.repeat(p + 12)}${PRESERVE}`);
    patched++;
  }
  if (patched === 0) throw new Error('no templatePool in a grid CRD: the upstream schema changed');
  return lines.join('\n');
}

/** The index of the first line after `from` with `text` at indentation `at`, before the block at `parent` ends. */
function findLine(lines: string[], from: number, parent: number, at: number, text: string): number {
  for (let j = from; j < lines.length; j++) {
    const l = lines[j];
    if (l.trim() === '') continue;
    const ind = l.length - l.trimStart().length;
    if (ind <= parent) break;
    if (ind === at && l.trim() === text) return j;
  }
  throw new Error(`no "${text}" under templatePool: the upstream schema changed`);
}

if (require.main === module) {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error('usage: pool-metadata-crds.ts <upstream-crds-folder> <out-folder>');
    process.exit(2);
  }
  fs.mkdirSync(to, { recursive: true });
  for (const f of fs.readdirSync(from).filter(x => /\.ya?ml$/.test(x)).sort()) {
    fs.writeFileSync(path.join(to, f), preservePoolMetadata(fs.readFileSync(path.join(from, f), 'utf8')));
  }
}
