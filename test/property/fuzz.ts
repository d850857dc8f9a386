/**
 * The long run of the property suite: `npx projen fuzz --runs N --seed S`. Generates N
 * topologies from seed S, runs each (both declaration orders), and prints the failures
 * by category with a few distinct examples each; exits 1 when any failed. Not a test:
 * the CI run is test/property/topology.test.ts (fixed seed, bounded runs). `--valid-only`
 * generates valid values only; `--examples K` prints K examples per category.
 */
import * as fc from 'fast-check';
import { plan, validPlan } from './arbitraries';
import { check, Failure } from './oracle';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) {
    process.stderr.write(`--${name} takes a whole number, got ${JSON.stringify(process.argv[i + 1])}\n`);
    process.exit(2);
  }
  return v;
}

const runs = arg('runs', 2000);
const seed = arg('seed', 42);
const examples = arg('examples', 4);
const started = Date.now();
const byCategory = new Map<string, { count: number; examples: Map<string, number> }>();
const outcomes = { ok: 0, refused: 0, caller: 0, failed: 0 };
const rules = new Map<string, number>();

let index = 0;
const valuesOnly = process.argv.includes('--valid-only');
for (const p of fc.sample(valuesOnly ? validPlan : plan, { numRuns: runs, seed })) {
  index++;
  const outcome = check(p);
  outcomes[outcome.kind]++;
  for (const line of outcome.refusal ?? []) {
    const rule = /\] (?:warning )?(SE-[A-Z]\d\d):/.exec(line)?.[1] ?? '?';
    rules.set(rule, (rules.get(rule) ?? 0) + 1);
  }
  const seen = new Set<string>();
  for (const f of outcome.failures as Failure[]) {
    const entry = byCategory.get(f.category) ?? { count: 0, examples: new Map() };
    if (!seen.has(f.category)) entry.count++; // runs with the failure, not lines
    seen.add(f.category);
    // Group examples by their message with the specific values masked.
    const key = f.detail.replace(/"[^"]{0,40}"/g, '"…"').replace(/\d+/g, 'N').slice(0, 220);
    if (!entry.examples.has(key)) entry.examples.set(key, index);
    byCategory.set(f.category, entry);
  }
}

const secs = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(`fuzz: ${runs} topologies from seed ${seed} in ${secs}s: ${outcomes.ok} synthesized, ${outcomes.refused} refused well-formed, ${outcomes.caller} refused by cdk8s in the caller's code, ${outcomes.failed} failed\n`);
process.stdout.write(`refusal lines by rule: ${[...rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}\n`);
for (const [category, entry] of [...byCategory].sort((a, b) => b[1].count - a[1].count)) {
  process.stdout.write(`\n${category}: ${entry.count} runs, ${entry.examples.size} distinct\n`);
  for (const [key, at] of [...entry.examples].slice(0, examples)) process.stdout.write(`  #${at}: ${key}\n`);
}
process.exit(outcomes.failed > 0 ? 1 : 0);
