import { TkeClusterFacts } from './facts';
import { CheckResult } from '../validation/findings';

/**
 * SE-T01 (error): CreateTKEEdgeCluster needs the region (a common parameter) and the
 * body's required fields K8SVersion, VpcId, ClusterName, PodCIDR and ServiceCIDR; each
 * missing one is named by its EdgeCluster prop. A pure function. Internal.
 */
export const REQUIRED_FACTS_RULE = 'SE-T01';

const REQUIRED: Array<{ prop: keyof TkeClusterFacts; field: string; example: string }> = [
  { prop: 'region', field: 'Region (the API\'s region parameter)', example: "region: 'ap-guangzhou'" },
  { prop: 'vpcId', field: 'VpcId', example: "vpcId: 'vpc-e55paxnt'" },
  { prop: 'clusterName', field: 'ClusterName', example: "clusterName: 'edge'" },
  { prop: 'kubernetesVersion', field: 'K8SVersion', example: 'kubernetesVersion: KubernetesVersion.V1_22_5' },
  { prop: 'podCidr', field: 'PodCIDR', example: "podCidr: '10.33.0.0/16'" },
  { prop: 'serviceCidr', field: 'ServiceCIDR', example: "serviceCidr: '10.44.0.0/16'" },
];

export function checkRequiredFacts(facts: TkeClusterFacts): CheckResult[] {
  return REQUIRED.filter(r => facts[r.prop] === undefined).map(r => ({
    ruleId: REQUIRED_FACTS_RULE,
    message: `CreateTKEEdgeCluster needs ${r.field}, but the EdgeCluster does not declare ${r.prop}`,
    fix: `pass ${r.example} to the EdgeCluster`,
  }));
}
