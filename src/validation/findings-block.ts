import type { Finding } from './findings';
import { Severity } from './severity';

/** What the block shows of a finding. */
export type BlockFinding = Pick<Finding, 'ruleId' | 'severity' | 'path' | 'message' | 'fix' | 'suppressed'>;

/**
 * The findings of a synthesis as one block of text for a person: errors first, then
 * warnings, each sorted by construct path (then rule), the fix on its own line, and the
 * counts at the end, where a terminal leaves the eye. Suppressed findings are left out.
 * Internal.
 */
export function findingsBlock(findings: readonly BlockFinding[]): string {
  const shown = findings.filter(f => !f.suppressed);
  const errors = sorted(shown.filter(f => f.severity === Severity.ERROR));
  const warnings = sorted(shown.filter(f => f.severity !== Severity.ERROR));
  if (errors.length === 0 && warnings.length === 0) return '';
  const lines: string[] = [''];
  if (errors.length > 0) lines.push(`cdk8s-superedge: ${count(errors.length, 'error')}:`, ...errors.flatMap(entry), '');
  if (warnings.length > 0) lines.push(`cdk8s-superedge: ${count(warnings.length, 'warning')}:`, ...warnings.flatMap(entry), '');
  const total = [errors.length > 0 ? count(errors.length, 'error') : '', warnings.length > 0 ? count(warnings.length, 'warning') : '']
    .filter(x => x).join(', ');
  lines.push(errors.length > 0
    ? `cdk8s-superedge: synthesis refused, no file written: ${total} (each rule is explained in docs/rules.md)`
    : `cdk8s-superedge: ${total}; synthesis goes on (warningsAsErrors: true on the cluster makes warnings errors)`);
  return lines.join('\n') + '\n';
}

function entry(f: BlockFinding): string[] {
  return [`  [${f.path}] ${f.ruleId}: ${f.message}`, `      Fix: ${f.fix}`];
}

function sorted(list: BlockFinding[]): BlockFinding[] {
  return [...list].sort((a, b) => compare(a.path, b.path) || compare(a.ruleId, b.ruleId) || compare(a.message, b.message));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
