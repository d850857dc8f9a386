import { CATALOGUE } from './rules/index';
import { CONSTRUCTION_RULES } from './rules/props/index';
import { ONBOARDING_RULES } from '../onboarding/rules/index';
import { TKE_REQUEST_RULES } from '../tke/rules/index';

/**
 * Every rule id with its one-line summary, derived from the rule objects only: the
 * catalogue (rules/index.ts), which holds every rule synthesis runs; the onboarding and
 * TKE-request rules (src/onboarding/rules, src/tke/rules: run only by NodeOnboarding and
 * tkeCreateRequest); and the rules checked at construction (rules/props: prop types,
 * SE-W11). docs/rules.md lists them; suppressions accept only these ids. Internal.
 */
export const RULES: { [id: string]: string } = Object.fromEntries(
  [...CATALOGUE, ...ONBOARDING_RULES, ...TKE_REQUEST_RULES, ...CONSTRUCTION_RULES].map(r => [r.id, r.summary]),
);
