import { Finding, Severity } from '../src';
import { findingsBlock } from '../src/validation/findings-block';

const f = (path: string, ruleId: string, severity: Severity, message = `${ruleId} message`): Finding =>
  ({ path, ruleId, severity, message, fix: `fix ${ruleId}` });

describe('the findings block', () => {
  test('groups errors then warnings, sorted by path, with the fix on its own line and the counts last', () => {
    const block = findingsBlock([
      f('edge/location', 'SE-G03', Severity.ERROR),
      f('edge/empty', 'SE-U04', Severity.WARNING),
      f('edge', 'SE-C03', Severity.ERROR),
      f('edge/Beijing', 'SE-U01', Severity.ERROR),
    ]);
    expect(block.split('\n')).toEqual([
      '',
      'cdk8s-superedge: 3 errors:',
      '  [edge] SE-C03: SE-C03 message',
      '      Fix: fix SE-C03',
      '  [edge/Beijing] SE-U01: SE-U01 message',
      '      Fix: fix SE-U01',
      '  [edge/location] SE-G03: SE-G03 message',
      '      Fix: fix SE-G03',
      '',
      'cdk8s-superedge: 1 warning:',
      '  [edge/empty] SE-U04: SE-U04 message',
      '      Fix: fix SE-U04',
      '',
      'cdk8s-superedge: synthesis refused, no file written: 3 errors, 1 warning (each rule is explained in docs/rules.md)',
      '',
    ]);
  });

  test('with warnings only, says that synthesis goes on', () => {
    const block = findingsBlock([f('edge/a', 'SE-U04', Severity.WARNING), f('edge/b', 'SE-U04', Severity.WARNING)]);
    expect(block).toContain('cdk8s-superedge: 2 warnings:\n');
    expect(block).not.toMatch(/refused|errors?:/);
    expect(block.trimEnd().split('\n').pop()).toBe('cdk8s-superedge: 2 warnings; synthesis goes on (warningsAsErrors: true on the cluster makes warnings errors)');
  });

  test('is empty without findings, and leaves suppressed findings out', () => {
    expect(findingsBlock([])).toBe('');
    expect(findingsBlock([{ ...f('edge/a', 'SE-U04', Severity.WARNING), suppressed: true } as Finding])).toBe('');
  });

  test('is the same whatever the order of the findings', () => {
    const list = [f('edge/b', 'SE-U01', Severity.ERROR), f('edge/a', 'SE-U08', Severity.ERROR), f('edge/a', 'SE-U01', Severity.ERROR)];
    expect(findingsBlock(list)).toBe(findingsBlock([...list].reverse()));
    expect(findingsBlock(list).indexOf('[edge/a] SE-U01')).toBeLessThan(findingsBlock(list).indexOf('[edge/a] SE-U08'));
  });
});
