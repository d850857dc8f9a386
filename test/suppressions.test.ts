import { EdgeHealth, Findings, NodeUnit, Severity } from '../src';
import { cluster, synthError } from './support/synth';

function seed(props = {}) {
  const c = cluster(props);
  new NodeUnit(c, 'Beijing', { nodes: ['bj-1'] }); // SE-U01 error
  const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1'] });
  return { c, gz };
}

describe('Findings.suppress', () => {
  test('a suppressed error no longer fails synthesis, and Findings.of() lists it as suppressed with the reason', () => {
    const { c } = seed();
    expect(synthError(c)).toContain('[edge/Beijing] SE-U01');
    Findings.suppress(c, 'SE-U01', 'the unit exists with this name since 2021');
    expect(synthError(c)).toBe('');
    const f = Findings.of(c).filter(x => x.ruleId === 'SE-U01');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ path: 'edge/Beijing', severity: Severity.ERROR, suppressed: true, suppressionReason: 'the unit exists with this name since 2021' });
  });

  test('a suppression applies to its construct and below, not to siblings or other rules', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'Beijing', { nodes: ['bj-1'] });
    new NodeUnit(c, 'Shanghai', { nodes: ['sh-1'] });
    Findings.suppress(bj, 'SE-U01', 'legacy name');
    Findings.suppress(bj, 'SE-U04', 'unrelated rule');
    const u01 = Findings.of(c).filter(x => x.ruleId === 'SE-U01');
    expect(u01.map(x => [x.path, x.suppressed ?? false])).toEqual([['edge/Beijing', true], ['edge/Shanghai', false]]);
    expect(synthError(c)).toContain('[edge/Shanghai] SE-U01');
    expect(synthError(c)).not.toContain('[edge/Beijing] SE-U01');
  });

  test('a suppressed warning is not printed, nor an error with warningsAsErrors', () => {
    const { c, gz } = seed({ warningsAsErrors: true });
    Findings.suppress(c, 'SE-U01', 'legacy name');
    new EdgeHealth(c, 'health', { checkUnits: [gz] });
    expect(synthError(c)).toContain('SE-H04');
    Findings.suppress(c, 'SE-H04', 'lab nodes are not health-checked on purpose');
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(synthError(c)).toBe('');
      expect(write.mock.calls.map(a => String(a[0])).filter(l => l.includes('SE-H04'))).toEqual([]);
    } finally {
      write.mockRestore();
    }
    const h04 = Findings.of(c).filter(x => x.ruleId === 'SE-H04');
    expect(h04).toHaveLength(1);
    expect(h04[0].suppressed).toBe(true);
  });

  test('unsuppressed findings carry no suppression fields', () => {
    const { c } = seed();
    const f = Findings.of(c).find(x => x.ruleId === 'SE-U01')!;
    expect(f.suppressed).toBeUndefined();
    expect(f.suppressionReason).toBeUndefined();
  });

  test('a suppression without a reason, or of an unknown rule, is an error with the path and the fix', () => {
    const { c } = seed();
    expect(() => Findings.suppress(c, 'SE-U01', '')).toThrow("[edge] Findings.suppress: the suppression of SE-U01 has no reason. Fix: say why the finding is acceptable here, e.g. Findings.suppress(scope, 'SE-U01', 'lab nodes are not health-checked on purpose').");
    expect(() => Findings.suppress(c, 'SE-U01', '   ')).toThrow('has no reason');
    expect(() => Findings.suppress(c, 'SE-U01', undefined as any)).toThrow('has no reason');
    expect(() => Findings.suppress(c, 'SE-Z99', 'why')).toThrow('[edge] Findings.suppress: unknown rule id "SE-Z99". Fix: use a rule id listed in docs/rules.md');
    expect(() => Findings.suppress(c, null as any, 'why')).toThrow('unknown rule id null');
    expect(() => Findings.suppress(null as any, 'SE-U01', 'why')).toThrow('Findings.suppress: scope must be a construct, got null');
    expect(synthError(c)).toContain('SE-U01');
  });
});
