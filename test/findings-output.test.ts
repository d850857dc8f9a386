/**
 * What a person sees of the findings (issue 14, "errors buried under stack traces"): a
 * broken program run in its own process, directly and through `cdk8s synth`, and the
 * block of findings on its stderr: once, after cdk8s' stack trace, errors and warnings
 * grouped, the counts last; cdk8s' own message keeps the errors of other constructs.
 */
import { Testing } from 'cdk8s';
import { EdgeCluster, NodeUnit } from '../src';
import { removeProgramDirs, RunAs, runProgram, scratchProgramDir } from './support/run-program';
import { rewrittenStack } from '../src/validation/findings-report';

const BROKEN = `const c = new EdgeCluster(app, 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.33.0.0/20' });
const bj = new NodeUnit(c, 'Beijing', { nodes: ['n-1'] });
const gz = new NodeUnit(c, 'guangzhou', { nodes: ['n-1'] });
new NodeUnit(c, 'empty', {});
new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
const other = new (require('cdk8s').Chart)(app, 'other');
other.node.addValidation({ validate: () => ['a problem of another library'] });`;

afterAll(removeProgramDirs);
const dir = scratchProgramDir;

describe.each([RunAs.DIRECT, RunAs.CDK8S_CLI])('a broken program run %s', how => {
  let stderr: string;
  let status: number | null;
  beforeAll(() => {
    ({ stderr, status } = runProgram(dir(), BROKEN, how));
  }, 60_000);

  test('fails, with one block of findings after the stack trace and the counts last', () => {
    expect(status).toBe(1);
    const lines = stderr.split('\n');
    const start = lines.indexOf('cdk8s-superedge: 3 errors:');
    expect(start).toBeGreaterThan(0);
    expect(lines.filter(l => l === 'cdk8s-superedge: 3 errors:')).toHaveLength(1);
    // After the frames of cdk8s' error, which point at the program's app.synth().
    expect(lines.slice(0, start).some(l => /^\s+at .*main\.ts:\d+/.test(l))).toBe(true);
    expect(lines.slice(start).some(l => /^\s+at .*main\.ts/.test(l))).toBe(false);
    expect(lines.slice(start, start + 7)).toEqual([
      'cdk8s-superedge: 3 errors:',
      '  [edge] SE-C03: Pod CIDR 10.33.0.0/16 overlaps Service CIDR 10.33.0.0/20',
      '      Fix: choose non-overlapping ranges (Pod and Service CIDRs cannot be changed after creation)',
      expect.stringMatching(/^ {2}\[edge\/Beijing\] SE-U01: NodeUnit name "Beijing" is not usable/),
      expect.stringMatching(/^ {6}Fix: pass a lower-case name/),
      expect.stringMatching(/^ {2}\[edge\/location\] SE-G03: node "n-1" is in units "Beijing" and "guangzhou"/),
      expect.stringMatching(/^ {6}Fix: remove "n-1" from one of the units/),
    ]);
    expect(lines).toContain('cdk8s-superedge: 1 warning:');
    const summary = lines.findIndex(l => l.startsWith('cdk8s-superedge: synthesis refused, no file written: 3 errors, 1 warning'));
    expect(summary).toBeGreaterThan(start);
    // After the counts: nothing but Node's version line, if any (direct), or cdk8s-cli's own error (cdk8s synth).
    const after = lines.slice(summary + 1).filter(l => l.trim() !== '');
    if (how === RunAs.DIRECT) expect(after.filter(l => !/^Node\.js v\d/.test(l))).toEqual([]);
    else expect(after[0]).toMatch(/^Error: command ".*" at .* returned a non-zero exit code 1$/);
  });

  test('prints each finding once: not as warnings first, not again in cdk8s\' message', () => {
    expect(stderr.match(/SE-U01/g)).toHaveLength(1);
    expect(stderr.match(/SE-U04/g)).toHaveLength(1);
    expect(stderr).not.toContain('warning SE-U04');
    expect(stderr).toContain('Error: Validation failed with the following errors:\n'
      + '  [other] a problem of another library\n'
      + '  (3 cdk8s-superedge errors: listed at the end, with the warnings)\n');
  });
});

test('a program\'s own uncaught error is left as Node prints it', () => {
  const { status, stderr } = runProgram(dir(), `new EdgeCluster(app, 'edge', {});
throw new TypeError('the program\\'s own bug');`);
  expect(status).toBe(1);
  expect(stderr).toContain("TypeError: the program's own bug");
  expect(stderr).not.toContain('cdk8s-superedge');
}, 60_000);

describe('in the program\'s own process', () => {
  test('a caught validation error has every error in its message, and nothing is printed', () => {
    const c = new EdgeCluster(Testing.app(), 'edge', { podCidr: '10.33.0.0/16', serviceCidr: '10.33.0.0/20' });
    new NodeUnit(c, 'Beijing', { nodes: ['bj-1'] });
    new NodeUnit(c, 'empty', {});
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(() => (c.node.root as any).synthYaml()).toThrow(/\[edge\] SE-C03: .*\n {2}\[edge\/Beijing\] SE-U01: /);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });

  test('warnings alone are printed as one block, once, and synthesis goes on', () => {
    const c = new EdgeCluster(Testing.app(), 'edge', {});
    new NodeUnit(c, 'empty', {});
    new NodeUnit(c, 'void', {});
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      (c.node.root as any).synthYaml();
      (c.node.root as any).synthYaml();
      const written = spy.mock.calls.map(x => String(x[0]));
      expect(written).toHaveLength(1);
      expect(written[0]).toContain('cdk8s-superedge: 2 warnings:\n  [edge/empty] SE-U04');
      expect(written[0].trimEnd().split('\n').pop()).toMatch(/^cdk8s-superedge: 2 warnings; synthesis goes on/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the rewritten stack', () => {
  const stack = 'Error: Validation failed with the following errors:\n  [edge] SE-C03: a. Fix: b\n  [x] other\n    at validate (app.js:1:1)\n    at main (main.ts:2:3)';

  test('keeps the other errors and the frames, and ends with the block', () => {
    expect(rewrittenStack(stack, ['[edge] SE-C03: a. Fix: b'], 'BLOCK\n')).toBe(
      'Error: Validation failed with the following errors:\n  [x] other\n'
      + '  (1 cdk8s-superedge error: listed at the end, with the warnings)\n'
      + '    at validate (app.js:1:1)\n    at main (main.ts:2:3)\nBLOCK');
  });

  test('is not made for another error, nor for another synthesis\' errors', () => {
    expect(rewrittenStack('TypeError: x\n    at y (z.js:1:1)', ['[edge] SE-C03: a. Fix: b'], 'BLOCK')).toBeUndefined();
    expect(rewrittenStack(stack, ['[edge] SE-U01: c. Fix: d'], 'BLOCK')).toBeUndefined();
  });
});

