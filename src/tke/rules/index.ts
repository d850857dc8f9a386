import { RequiredFacts } from './RequiredFacts';
import { TkeIdFormats } from './TkeIdFormats';
import { TkePlatform } from './TkePlatform';
import type { TopologyRule } from '../../validation/rule';

/**
 * The rules of the TKE Edge create request: rule objects of the catalogue's shape
 * (src/validation/rule.ts), run by `EdgeCluster.tkeCreateRequest()` only, never at
 * synthesis (an open-source SuperEdge cluster needs no VPC id). docs/rules.md lists them
 * with the catalogue; test/rule-catalogue.test.ts has their cases. Internal.
 */
export const TKE_REQUEST_RULES: readonly TopologyRule[] = [TkePlatform, RequiredFacts, TkeIdFormats];
