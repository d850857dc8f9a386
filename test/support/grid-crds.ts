/**
 * A validator against grid CRDs whose templatePool pod metadata is preserved, for the
 * GridCrd.POOL_METADATA_PRESERVED mode. Derived at test time from the upstream CRDs in
 * ../shared (never copied into the repository): the same schemas, plus
 * `x-kubernetes-preserve-unknown-fields` on `templatePool.*.template.metadata`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { HAVE_SHARED_VALIDATOR, SHARED } from './schema';

let patched: any;

/** Problems of each object against the patched CRDs, or undefined when ../shared or js-yaml is absent. */
export function patchedSchemaProblems(objects: any[]): string[] | undefined {
  if (!HAVE_SHARED_VALIDATOR) return undefined;
  if (!patched) {
    let yaml: any;
    try {
      yaml = require('js-yaml');
    } catch {
      return undefined;
    }
    const src = path.join(SHARED, 'superedge/crds');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grid-crds-'));
    for (const f of fs.readdirSync(src).filter(x => x.endsWith('.yaml'))) {
      const crd = yaml.load(fs.readFileSync(path.join(src, f), 'utf-8'));
      if (/_(deploymentgrids|statefulsetgrids)\.yaml$/.test(f)) {
        for (const v of crd.spec.versions) {
          const spec = v.schema.openAPIV3Schema.properties.spec.properties;
          spec.templatePool.additionalProperties.properties.template.properties.metadata['x-kubernetes-preserve-unknown-fields'] = true;
        }
      }
      fs.writeFileSync(path.join(dir, f.replace(/\.yaml$/, '.json')), JSON.stringify(crd));
    }
    patched = require(path.join(SHARED, 'tools/validate-manifests.cjs')).createValidator({ crdDir: dir });
  }
  const out: string[] = [];
  for (const obj of objects) {
    const r = patched.validate(obj);
    for (const [p, message, source] of r.problems) out.push(`${obj.kind} ${obj.metadata?.name}: ${p}: ${message} (${source})`);
  }
  return out;
}
