/**
 * A jest reporter that makes skipped checks visible once per run. Without
 * ../shared/tools (a clone on its own), the tests validate built-in kinds against the
 * kubernetes-models schemas and skip the SuperEdge CRDs and controller rules: this
 * reporter says so once when the run starts, and at the end lists what was skipped, so a
 * green run without CRD validation reads as such.
 *
 * Test files (in jest's workers) record what they skip through recordSkip() in
 * ./schema.ts, which appends JSON lines to a file in the folder named by SKIPS_ENV; the
 * reporter creates that folder before the workers start (they inherit the variable).
 * Plain JavaScript: jest loads reporters without transforming them.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

/** The environment variable that names the folder of skip records. */
const SKIPS_ENV = 'CDK8S_SUPEREDGE_TEST_SKIPS';

/** The shared conformance validator the tests use when it is there. */
function validatorPath(rootDir) {
  return path.resolve(rootDir, '..', 'shared', 'tools', 'validate-manifests.cjs');
}

/**
 * The end-of-run lines for skip records ({ check, detail, file }): one line per check,
 * with its details (sorted, unique) and the number of test files that skipped it.
 */
function summarize(records, rootDir) {
  const byCheck = new Map();
  for (const r of records) {
    let e = byCheck.get(r.check);
    if (!e) byCheck.set(r.check, e = { details: new Set(), files: new Set() });
    if (r.detail) e.details.add(r.detail);
    if (r.file) e.files.add(path.relative(rootDir, r.file));
  }
  const lines = [];
  for (const check of [...byCheck.keys()].sort()) {
    const e = byCheck.get(check);
    const details = e.details.size > 0 ? `: ${[...e.details].sort().join(', ')}` : '';
    const files = e.files.size === 1 ? `in ${[...e.files][0]}` : `in ${e.files.size} test files`;
    lines.push(`  - ${check}${details} (${files})`);
  }
  return lines;
}

class SkipReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-superedge-skips-'));
    process.env[SKIPS_ENV] = this.dir;
  }

  onRunStart() {
    const validator = validatorPath(this.rootDir);
    if (!fs.existsSync(validator)) {
      process.stderr.write(`\nschema checks: ${validator} is absent, so built-in kinds are validated against `
        + 'kubernetes-models@4.3.1 only and the SuperEdge CRDs and controller rules are skipped '
        + '(clone shared/ next to the repository to run them); skipped checks are listed at the end\n\n');
    }
  }

  onRunComplete() {
    const records = [];
    for (const f of fs.readdirSync(this.dir)) {
      for (const line of fs.readFileSync(path.join(this.dir, f), 'utf8').split('\n')) {
        if (line.trim()) records.push(JSON.parse(line));
      }
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
    if (records.length === 0) return;
    process.stderr.write(`\nSkipped checks (${validatorPath(this.rootDir)} is absent):\n${summarize(records, this.rootDir).join('\n')}\n\n`);
  }
}

module.exports = SkipReporter;
module.exports.SKIPS_ENV = SKIPS_ENV;
module.exports.summarize = summarize;
