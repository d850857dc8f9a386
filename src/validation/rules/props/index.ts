import { ProgressDeadlineAfterMinReady } from './ProgressDeadlineAfterMinReady';
import { PropTypesMatch } from './PropTypesMatch';
import type { ConstructionRule } from '../../rule';

/**
 * The rules checked at construction, before a model exists (see ConstructionRule in
 * ../../rule.ts): each in its own file here, used by the construct that checks it
 * (`checkProps` in ../../props/prop-types.ts for SE-A01, the DeploymentGrid constructor
 * for SE-W11), documented in docs/rules.md and tested in test/rule-catalogue.test.ts
 * from this array. Internal.
 */
export const CONSTRUCTION_RULES: readonly ConstructionRule<any>[] = [PropTypesMatch, ProgressDeadlineAfterMinReady];
