/**
 * Validates synthesized objects against the real schemas.
 *
 * - With `../shared/tools/validate-manifests.cjs` (the project's conformance oracle,
 *   next to the repository): Kubernetes 1.27 built-in kinds, the SuperEdge CRDs and
 *   the SuperEdge controller rules.
 * - Without it (a clone on its own): built-in kinds against the Kubernetes 1.27
 *   schemas shipped by kubernetes-models@4.3.1; custom resources are then skipped, and
 *   the reason is printed once.
 */
import * as fs from 'fs';
import * as path from 'path';

export const SHARED = path.resolve(__dirname, '../../../shared');
const VALIDATOR = path.join(SHARED, 'tools/validate-manifests.cjs');
export const HAVE_SHARED_VALIDATOR = fs.existsSync(VALIDATOR);

let oracle: any;
let printed = false;

function sharedValidator(): any {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!oracle) oracle = require(VALIDATOR).createValidator();
  return oracle;
}

function modelValidate(obj: any): string[] {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
  const dir = group ? `${group}/${version}` : version;
  let Model: any;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Model = require(`kubernetes-models/${dir}/${obj.kind}`)[obj.kind];
  } catch {
    if (!printed) {
      printed = true;
      // eslint-disable-next-line no-console
      console.log(`skipping CRD validation of ${obj.kind} and other custom kinds: ${VALIDATOR} is absent (clone ../shared next to the repository to run it)`);
    }
    return [];
  }
  try {
    new Model(obj).validate();
    return [];
  } catch (e: any) {
    return [e.message];
  }
}

/** Problems of each object, as `Kind name: path: message` lines; empty when all are valid. */
export function schemaProblems(objects: any[]): string[] {
  const out: string[] = [];
  for (const obj of objects) {
    const where = `${obj.kind} ${obj.metadata?.namespace ? obj.metadata.namespace + '/' : ''}${obj.metadata?.name}`;
    if (HAVE_SHARED_VALIDATOR) {
      const r = sharedValidator().validate(obj);
      if (r.kind === 'missing-crd' || r.kind === 'unknown') out.push(`${where}: no schema for ${obj.apiVersion} ${obj.kind}`);
      for (const [p, message, source] of r.problems) out.push(`${where}: ${p}: ${message} (${source})`);
    } else {
      for (const m of modelValidate(obj)) out.push(`${where}: ${m}`);
    }
  }
  return out;
}

if (!HAVE_SHARED_VALIDATOR) {
  // eslint-disable-next-line no-console
  console.log(`schema checks use kubernetes-models only: ${VALIDATOR} is absent`);
}
