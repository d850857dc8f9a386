import { InterfaceName } from './InterfaceName';
import { UnknownInterface } from './UnknownInterface';
import type { TopologyRule } from '../../validation/rule';

/**
 * The onboarding rules: rule objects of the catalogue's shape (src/validation/rule.ts),
 * run by `NodeOnboarding.write` / `.findings` only, never at synthesis (a missing
 * interface matters only when the nodes are installed). docs/rules.md lists them with
 * the catalogue; test/rule-catalogue.test.ts has their cases. Internal.
 */
export const ONBOARDING_RULES: readonly TopologyRule[] = [InterfaceName, UnknownInterface];
