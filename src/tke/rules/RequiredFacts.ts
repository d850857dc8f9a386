import type { ModelCluster, TopologyModel } from '../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../validation/rule';
import { Severity } from '../../validation/severity';

const REQUIRED: Array<{ prop: string; read: (c: ModelCluster) => unknown; field: string; example: string }> = [
  { prop: 'region', read: c => c.region, field: 'Region (the API\'s region parameter)', example: "region: 'ap-guangzhou'" },
  { prop: 'vpcId', read: c => c.vpcId, field: 'VpcId', example: "vpcId: 'vpc-e55paxnt'" },
  { prop: 'clusterName', read: c => c.clusterName, field: 'ClusterName', example: "clusterName: 'edge'" },
  { prop: 'kubernetesVersion', read: c => c.kubernetesVersion, field: 'K8SVersion', example: 'kubernetesVersion: KubernetesVersion.V1_22_5' },
  { prop: 'podCidr', read: c => c.podCidr, field: 'PodCIDR', example: "podCidr: '10.33.0.0/16'" },
  { prop: 'serviceCidr', read: c => c.serviceCidr, field: 'ServiceCIDR', example: "serviceCidr: '10.44.0.0/16'" },
];

/** SE-T01: the facts CreateTKEEdgeCluster requires are declared, each named by its prop. */
export const RequiredFacts: TopologyRule = {
  id: 'SE-T01',
  severity: Severity.ERROR,
  area: RuleArea.TKE_REQUEST,
  summary: 'TKE create request: the cluster declares region, vpcId, clusterName, kubernetesVersion, podCidr and serviceCidr',
  explanation: 'CreateTKEEdgeCluster requires the region (a common parameter) and the body fields K8SVersion, VpcId, ClusterName, PodCIDR and ServiceCIDR; the API refuses a request without them.',
  check(model: TopologyModel): RuleFinding[] {
    return REQUIRED.filter(r => r.read(model.cluster) === undefined).map(r => ({
      origin: model.cluster.origin,
      message: `CreateTKEEdgeCluster needs ${r.field}, but the EdgeCluster does not declare ${r.prop}`,
      fix: `pass ${r.example} to the EdgeCluster`,
    }));
  },
};
