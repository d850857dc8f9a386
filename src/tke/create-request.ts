import type { CreateTKEEdgeClusterRequest, EdgeClusterAdvancedSettings } from 'tencentcloud-sdk-nodejs-tke/tencentcloud/services/tke/v20180525/tke_models';
import { TKE_REQUEST_RULES } from './rules/index';
import { canonical } from '../internal/util';
import { modelFromConstructs } from '../model/from-constructs';
import { throwValidationErrors, validationErrors } from '../onboarding/cluster-validation';
import { runRules } from '../onboarding/run-rules';
import type { EdgeCluster } from '../topology/edge-cluster';
import { suppressionOf } from '../validation/findings';

/**
 * The body of TKE's `CreateTKEEdgeCluster` from an EdgeCluster's declared facts, typed
 * with the official SDK's own model (`tencentcloud-sdk-nodejs-tke`, type-only import), so
 * a misspelt or dropped field fails compilation. Runs the checks synthesis runs and the
 * request's own (TKE_REQUEST_RULES, SE-T01..SE-T03) first, and throws them all at once.
 * Internal: the public entry point is `EdgeCluster.tkeCreateRequest()`.
 */
export function tkeCreateRequestOf(cluster: EdgeCluster): CreateTKEEdgeClusterRequest {
  const errors = validationErrors(cluster);
  const model = modelFromConstructs(cluster);
  for (const f of runRules(TKE_REQUEST_RULES, model)) {
    if (suppressionOf(cluster, f.ruleId) !== undefined) continue;
    errors.push(`[${f.origin}] ${f.ruleId}: ${f.message}. Fix: ${f.fix}`);
  }
  throwValidationErrors(errors);

  const facts = model.cluster;
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
    MaxNodePodNum: facts.maxPodsPerNode,
    ClusterLevel: facts.specification?.name,
    AutoUpgradeClusterLevel: facts.specification !== undefined || facts.autoUpgradeSpecification ? facts.autoUpgradeSpecification : undefined,
  };
  return canonical(body); // keys sorted, unset fields left out
}
