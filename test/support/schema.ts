/**
 * Validates synthesized objects against the real schemas.
 *
 * - With `../shared/tools/validate-manifests.cjs` (the project's conformance oracle,
 *   next to the repository): Kubernetes 1.27 built-in kinds, the SuperEdge CRDs and
 *   the SuperEdge controller rules.
 * - Without it (a clone on its own): built-in kinds against the Kubernetes 1.27
 *   schemas shipped by kubernetes-models@4.3.1; custom resources are then skipped. The
 *   reason is printed once per run and the skipped checks are listed at its end, by the
 *   jest reporter in ./skip-reporter.js, to which tests report through recordSkip().
 */
import * as fs from 'fs';
import * as path from 'path';

export const SHARED = path.resolve(__dirname, '../../../shared');
const VALIDATOR = path.join(SHARED, 'tools/validate-manifests.cjs');
export const HAVE_SHARED_VALIDATOR = fs.existsSync(VALIDATOR);

let oracle: any;
const recorded = new Set<string>();

/** The environment variable set by ./skip-reporter.js: the folder of skip records. */
const SKIPS_ENV = 'CDK8S_SUPEREDGE_TEST_SKIPS';

/**
 * Records a check this test file skips (once per check and detail), for the end-of-run
 * summary of ./skip-reporter.js; printed at once when jest runs without that reporter.
 *
 * @param check what is not checked, e.g. `CRD validation of custom kinds`
 * @param detail what in particular, e.g. the kind
 */
export function recordSkip(check: string, detail = ''): void {
  const key = `${check}\n${detail}`;
  if (recorded.has(key)) return;
  recorded.add(key);
  const dir = process.env[SKIPS_ENV];
  let file = '';
  try {
    file = expect.getState().testPath ?? '';
  } catch {
    // outside a test
  }
  if (dir && fs.existsSync(dir)) {
    fs.appendFileSync(path.join(dir, `${process.pid}.jsonl`), JSON.stringify({ check, detail, file }) + '\n');
  } else {
    // eslint-disable-next-line no-console
    console.log(`skipping ${check}${detail ? ` (${detail})` : ''}: ${VALIDATOR} is absent (clone ../shared next to the repository to run it)`);
  }
}

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
    recordSkip('CRD schema validation and SuperEdge controller rules of custom kinds', `${obj.apiVersion} ${obj.kind}`);
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
