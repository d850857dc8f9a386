/**
 * Validates Argo CD and Flux objects against their published schemas, with the
 * models of `@kubernetes-models/argo-cd` and `@kubernetes-models/flux-cd` (each
 * object is constructed and `.validate()` is called). Those packages are ES modules
 * only, which jest's CommonJS runtime cannot load: they run in a node subprocess.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const SCRIPT = `
import { ApplicationSet, Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { Kustomization } from '@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1';
import { GitRepository } from '@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1';
const models = {
  'argoproj.io/v1alpha1/ApplicationSet': ApplicationSet,
  'argoproj.io/v1alpha1/Application': Application,
  'kustomize.toolkit.fluxcd.io/v1/Kustomization': Kustomization,
  'source.toolkit.fluxcd.io/v1/GitRepository': GitRepository,
};
let input = '';
process.stdin.on('data', d => { input += d; });
process.stdin.on('end', () => {
  const problems = [];
  for (const obj of JSON.parse(input)) {
    const Model = models[obj.apiVersion + '/' + obj.kind];
    const what = obj.kind + ' ' + (obj.metadata && obj.metadata.name);
    if (!Model) { problems.push(what + ': no published schema for ' + obj.apiVersion); continue; }
    try { new Model(obj).validate(); } catch (e) { problems.push(what + ': ' + e.message); }
  }
  process.stdout.write(JSON.stringify(problems));
});
`;

/** Schema problems of the objects (`[]` when every one is valid). */
export function engineSchemaProblems(objects: any[]): string[] {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    input: JSON.stringify(objects),
    cwd: path.resolve(__dirname, '../..'),
    encoding: 'utf-8',
  });
  if (r.status !== 0) throw new Error(`the schema check did not run: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
