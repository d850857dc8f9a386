import { CATALOGUE } from './rules/index';

/**
 * Every rule id with its one-line summary, derived from the rule catalogue
 * (rules/index.ts), which holds every rule. docs/rules.md lists them; suppressions accept
 * only these ids. Internal.
 */
export const RULES: { [id: string]: string } = Object.fromEntries(CATALOGUE.map(r => [r.id, r.summary]));
