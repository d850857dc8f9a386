/**
 * Property-based suite: seeded random topologies over every construct and prop (valid,
 * typos, hostile strings, and what JavaScript or Python callers can pass that
 * TypeScript would stop). Every run must synthesize schema-valid output (Kubernetes
 * 1.27 and the SuperEdge CRDs) or refuse with well-formed lines only; nothing else may
 * be thrown; the reverse declaration order gives the same bytes; no secret reaches the
 * output. CI runs a fixed seed and a bounded number of runs (well within a minute); the
 * long run is `npx projen fuzz --runs N --seed S`.
 */
import * as fc from 'fast-check';
import { plan, validPlan } from './arbitraries';
import { check } from './oracle';

const SEED = 20261201;

function holds(p: Parameters<typeof check>[0]): boolean {
  const outcome = check(p);
  if (outcome.failures.length > 0) throw new Error(outcome.failures.map(f => `${f.category}: ${f.detail}`).join('\n'));
  return true;
}

describe('every topology synthesizes valid output or is refused with well-formed lines', () => {
  test('valid values: synthesized or refused by a rule, never a crash', () => {
    fc.assert(fc.property(validPlan, holds), { seed: SEED, numRuns: 100 });
  });

  test('hostile values (typos, inherited names, null, NaN, wrong types, cycles, secrets in URLs)', () => {
    fc.assert(fc.property(plan, holds), { seed: SEED + 1, numRuns: 200 });
  });
});
