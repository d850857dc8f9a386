import type { CheckResult } from '../../validation/findings';

/**
 * SE-F01: the catalogue source can be read and has the expected shape (a readable
 * file of a known format, valid YAML/JSON/CSV, a list of sites). Pure.
 */
export function sourceProblem(at: string, problem: string, fix: string): CheckResult {
  return { ruleId: 'SE-F01', message: `${at}: ${problem}`, fix };
}
