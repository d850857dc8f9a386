import { Platform } from '../topology/cluster-options';

/**
 * What the TKE request rules read of a cluster: plain data, so that each rule is a pure
 * function (and can become a rule object of the catalogue as it is). Internal.
 */
export interface TkeClusterFacts {
  readonly platform: Platform;
  readonly region?: string;
  readonly vpcId?: string;
  readonly clusterName?: string;
  readonly kubernetesVersion?: string;
  readonly podCidr?: string;
  readonly serviceCidr?: string;
}
