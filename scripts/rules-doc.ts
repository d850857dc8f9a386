/**
 * Writes docs/rules.md from the rule catalogue (src/validation/rules.ts).
 * `npx projen rules-doc`; a test fails when the file is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../src/validation/rules';

export function rulesDoc(): string {
  const areas: Array<[string, string]> = [
    ['C', 'Cluster'], ['N', 'Nodes'], ['U', 'NodeUnit'], ['G', 'NodeGroup'], ['K', 'Kins'],
    ['W', 'Workload grids'], ['S', 'ServiceGrid'], ['P', 'Per-site overrides'],
    ['H', 'edge-health'], ['I', 'Multi-region ingress'], ['E', 'ENI'], ['X', 'GPU and cross-region access'],
    ['O', 'Node onboarding (NodeOnboarding.write)'], ['T', 'TKE create request (tkeCreateRequest)'],
  ];
  const lines = [
    '# Topology rules',
    '',
    'Generated from `src/validation/rules.ts` by `npx projen rules-doc`; do not edit by hand.',
    'Each rule has a test that triggers it and checks its message. A finding reads',
    '`[construct path] RULE: what is wrong. Fix: how to fix it`; warnings are marked `warning`.',
    '',
  ];
  const ids = Object.keys(RULES).sort();
  for (const [letter, title] of areas) {
    const mine = ids.filter(id => id.startsWith(`SE-${letter}`));
    if (mine.length === 0) continue;
    lines.push(`## ${title}`, '', '| rule | checks |', '| --- | --- |');
    for (const id of mine) lines.push(`| ${id} | ${RULES[id].replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
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
