/**
 * The end-of-run summary of skipped checks (test/support/skip-reporter.js), and the skip
 * records the tests write for it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const SkipReporter = require('./support/skip-reporter');

test('the summary lists each skipped check once, with its details and where', () => {
  const root = '/repo';
  const lines = SkipReporter.summarize([
    { check: 'CRD validation', detail: 'superedge.io/v1 ServiceGrid', file: '/repo/test/a.test.ts' },
    { check: 'CRD validation', detail: 'site.superedge.io/v1alpha2 NodeUnit', file: '/repo/test/b.test.ts' },
    { check: 'CRD validation', detail: 'site.superedge.io/v1alpha2 NodeUnit', file: '/repo/test/a.test.ts' },
    { check: 'assertions on the upstream CRDs', detail: '', file: '/repo/test/grids.test.ts' },
  ], root);
  expect(lines).toEqual([
    '  - CRD validation: site.superedge.io/v1alpha2 NodeUnit, superedge.io/v1 ServiceGrid (in 2 test files)',
    '  - assertions on the upstream CRDs (in test/grids.test.ts)',
  ]);
});

test('the reporter prints the skip records of every worker once, at the end, and cleans up', () => {
  const before = process.env[SkipReporter.SKIPS_ENV];
  const rootDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skip-reporter-root-'));
  const writes: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((s: any) => {
    writes.push(String(s));
    return true;
  });
  try {
    const reporter = new SkipReporter({ rootDir });
    const dir = process.env[SkipReporter.SKIPS_ENV]!;
    expect(fs.existsSync(dir)).toBe(true);
    reporter.onRunStart();
    expect(writes.join('')).toContain('validate-manifests.cjs is absent'); // no ../shared next to rootDir
    fs.writeFileSync(path.join(dir, '1.jsonl'), JSON.stringify({ check: 'CRD validation', detail: 'x', file: path.join(rootDir, 'test/a.test.ts') }) + '\n');
    fs.writeFileSync(path.join(dir, '2.jsonl'), JSON.stringify({ check: 'CRD validation', detail: 'y', file: path.join(rootDir, 'test/b.test.ts') }) + '\n');
    writes.length = 0;
    reporter.onRunComplete();
    expect(writes.join('')).toMatch(/Skipped checks \(.*validate-manifests\.cjs is absent\):\n {2}- CRD validation: x, y \(in 2 test files\)\n/);
    expect(fs.existsSync(dir)).toBe(false);
  } finally {
    spy.mockRestore();
    if (before === undefined) delete process.env[SkipReporter.SKIPS_ENV];
    else process.env[SkipReporter.SKIPS_ENV] = before;
    fs.rmSync(rootDir, { recursive: true, force: true });
  }
});
