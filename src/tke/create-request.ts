import type { CreateTKEEdgeClusterRequest, EdgeClusterAdvancedSettings } from 'tencentcloud-sdk-nodejs-tke/tencentcloud/services/tke/v20180525/tke_models';
import { TkeClusterFacts } from './facts';
import { checkIdFormats } from './id-format';
import { checkPlatform } from './platform-rule';
import { checkRequiredFacts } from './required-facts';
import { canonical } from '../internal/util';
import { throwValidationErrors, validationErrors } from '../onboarding/cluster-validation';
import type { EdgeCluster } from '../topology/edge-cluster';

/**
 * The body of TKE's `CreateTKEEdgeCluster` from an EdgeCluster's declared facts, typed
 * with the official SDK's own model (`tencentcloud-sdk-nodejs-tke`, type-only import), so
 * a misspelt or dropped field fails compilation. Runs the checks synthesis runs and the
 * request's own (SE-T01..SE-T03) first, and throws them all at once. Internal: the
 * public entry point is `EdgeCluster.tkeCreateRequest()`.
 */
export function tkeCreateRequestOf(cluster: EdgeCluster): CreateTKEEdgeClusterRequest {
  const facts: TkeClusterFacts = {
    platform: cluster.platform,
    region: cluster.region,
    vpcId: cluster.vpcId,
    clusterName: cluster.clusterName,
    kubernetesVersion: cluster.kubernetesVersion?.version,
    podCidr: cluster.podCidr,
    serviceCidr: cluster.serviceCidr,
  };
  const errors = validationErrors(cluster);
  for (const r of [...checkPlatform(facts), ...checkRequiredFacts(facts), ...checkIdFormats(facts)]) {
    errors.push(`[${cluster.node.path}] ${r.ruleId}: ${r.message}. Fix: ${r.fix}`);
  }
  throwValidationErrors(errors);

  const advanced: EdgeClusterAdvancedSettings = {
    Runtime: cluster.containerRuntime,
    ProxyMode: cluster.kubeProxyMode,
  };
  const body: CreateTKEEdgeClusterRequest = {
    K8SVersion: facts.kubernetesVersion!,
    VpcId: facts.vpcId!,
    ClusterName: facts.clusterName!,
    PodCIDR: facts.podCidr!,
    ServiceCIDR: facts.serviceCidr!,
    ClusterDesc: cluster.clusterDescription,
    ClusterAdvancedSettings: advanced.Runtime !== undefined || advanced.ProxyMode !== undefined ? advanced : undefined,
    MaxNodePodNum: cluster.maxPodsPerNode,
    ClusterLevel: cluster.specification?.name,
    AutoUpgradeClusterLevel: cluster.specification !== undefined || cluster.autoUpgradeSpecification ? cluster.autoUpgradeSpecification : undefined,
  };
  return canonical(body); // keys sorted, unset fields left out
}
