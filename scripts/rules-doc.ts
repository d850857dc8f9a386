/**
 * Writes docs/rules.md from the rule catalogue (src/validation/rules/index.ts: the rule
 * objects, with their explanations) and the ids of the rules constructs still register
 * themselves (src/validation/rules.ts).
 * `npx projen rules-doc`; a test fails when the file is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/validation/rules';
import { CATALOGUE } from '../src/validation/rules/index';

const WHY = new Map(CATALOGUE.map(r => [r.id, r.explanation]));

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function rulesDoc(): string {
  const areas: Array<[string, string]> = [
    ['C', 'Cluster'], ['N', 'Nodes'], ['U', 'NodeUnit'], ['G', 'NodeGroup'], ['K', 'Kins'],
    ['W', 'Workload grids'], ['S', 'ServiceGrid'], ['P', 'Per-site overrides'],
    ['H', 'edge-health'], ['I', 'Multi-region ingress'], ['E', 'ENI'], ['X', 'GPU and cross-region access'],
  ];
  const lines = [
    '# Topology rules',
    '',
    'Generated from the rule catalogue (`src/validation/rules/`) by `npx projen rules-doc`; do not edit by hand.',
    'Each rule has a test that triggers it and checks its message. A finding reads',
    '`[construct path] RULE: what is wrong. Fix: how to fix it`; warnings are marked `warning`.',
    '',
  ];
  const ids = Object.keys(RULES).sort();
  for (const [letter, title] of areas) {
    const mine = ids.filter(id => id.startsWith(`SE-${letter}`));
    if (mine.length === 0) continue;
    lines.push(`## ${title}`, '', '| rule | checks | why |', '| --- | --- | --- |');
    for (const id of mine) lines.push(`| ${id} | ${cell(RULES[id])} | ${cell(WHY.get(id) ?? '')} |`);
    lines.push('');
  }
  lines.push(
    '## Suppressing a finding',
    '',
    'A finding that is right on purpose is suppressed with a reason, on a construct and every',
    'construct under it (the nearest suppression wins):',
    '',
    '```ts',
    "Findings.suppress(health, 'SE-H04', 'lab nodes are not health-checked on purpose');",
    '```',
    '',
    'A suppressed finding does not fail synthesis and is not printed (not even with',
    '`warningsAsErrors`); `Findings.of()` still lists it, with `suppressed: true` and',
    '`suppressionReason`. A suppression without a reason, or of a rule id not listed here, is an',
    'error that names the construct path.',
    '',
  );
  const known = new Set(areas.map(([l]) => `SE-${l}`));
  const other = ids.filter(id => !known.has(id.slice(0, 4)));
  if (other.length > 0) {
    lines.push('## Other', '', '| rule | checks |', '| --- | --- |');
    for (const id of other) lines.push(`| ${id} | ${RULES[id]} |`);
    lines.push('');
  }
  return lines.join('\n');
}

if (require.main === module) {
  fs.writeFileSync(path.join(__dirname, '..', 'docs', 'rules.md'), rulesDoc());
}
