/**
 * Writes docs/rules.md from the rule objects (the catalogue, src/validation/rules/index.ts,
 * the onboarding and TKE-request rules, and the rules checked at construction,
 * src/validation/rules/props/index.ts), with their summaries and explanations, by area.
 * `npx projen rules-doc`; a test fails when the file is stale.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ONBOARDING_RULES } from '../src/onboarding/rules/index';
import { TKE_REQUEST_RULES } from '../src/tke/rules/index';
import { AREA_TITLES } from '../src/validation/rule';
import { CATALOGUE } from '../src/validation/rules/index';
import { CONSTRUCTION_RULES } from '../src/validation/rules/props/index';


function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function rulesDoc(): string {
  const areas = Object.entries(AREA_TITLES);
  const lines = [
    '# Topology rules',
    '',
    'Generated from the rule catalogue (`src/validation/rules/`) by `npx projen rules-doc`; do not edit by hand.',
    'Each rule has a test that triggers it and checks its message. A finding reads',
    '`[construct path] RULE: what is wrong. Fix: how to fix it`; warnings are marked `warning`.',
    '',
  ];
  const rules = [...CATALOGUE, ...ONBOARDING_RULES, ...TKE_REQUEST_RULES, ...CONSTRUCTION_RULES]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const [letter, title] of areas) {
    const mine = rules.filter(r => r.area === letter);
    if (mine.length === 0) continue;
    lines.push(`## ${title}`, '', '| rule | checks | why |', '| --- | --- | --- |');
    for (const r of mine) lines.push(`| ${r.id} | ${cell(r.summary)} | ${cell(r.explanation)} |`);
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
  return lines.join('\n');
}

if (require.main === module) {
  fs.writeFileSync(path.join(__dirname, '..', 'docs', 'rules.md'), rulesDoc());
}
