import { TkeClusterFacts } from './facts';
import { Platform } from '../topology/cluster-options';
import { CheckResult } from '../validation/findings';

/**
 * SE-T02 (error): only a cluster declared for TKE Edge becomes a TKE Edge create request:
 * the checks and the manifests of an open-source SuperEdge cluster are not TKE Edge's
 * (e.g. per-unit ingress controllers that the TKE Edge add-on runs). A pure function.
 * Internal.
 */
export const PLATFORM_RULE = 'SE-T02';

export function checkPlatform(facts: TkeClusterFacts): CheckResult[] {
  if (facts.platform === Platform.TKE_EDGE) return [];
  return [{
    ruleId: PLATFORM_RULE,
    message: `the cluster is declared for platform "${facts.platform}", so it was checked and rendered for open-source SuperEdge, not TKE Edge`,
    fix: 'pass platform: Platform.TKE_EDGE to the EdgeCluster',
  }];
}
