/**
 * EdgeCluster.tkeCreateRequest(): the body of TKE's CreateTKEEdgeCluster, with the SDK's
 * field names, after the checks synthesis runs and the request rules SE-T01..SE-T03.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  ClusterSpecification, ContainerRuntime, EdgeClusterProps, KubeProxyMode, KubernetesVersion, NodeUnit, Platform,
} from '../src';
import { cluster } from './support/synth';

const TKE: EdgeClusterProps = {
  platform: Platform.TKE_EDGE,
  region: 'ap-guangzhou',
  vpcId: 'vpc-e55paxnt',
  clusterName: 'edge',
  kubernetesVersion: KubernetesVersion.V1_22_5,
  podCidr: '10.33.0.0/16',
  serviceCidr: '10.44.0.0/16',
};

function errorOf(fn: () => unknown): string {
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    fn();
  } catch (e: any) {
    return e.message;
  } finally {
    spy.mockRestore();
  }
  return '';
}

/** The fields of an interface of the SDK's model file, read from its declaration text. */
function sdkFields(name: string): string[] {
  const file = path.join(__dirname, '..', 'node_modules', 'tencentcloud-sdk-nodejs-tke', 'tencentcloud', 'services', 'tke', 'v20180525', 'tke_models.d.ts');
  const text = fs.readFileSync(file, 'utf-8');
  const start = text.indexOf(`export interface ${name} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = text.slice(start, text.indexOf('\n}', start));
  return [...body.matchAll(/^\s{4}(\w+)\??:/gm)].map(m => m[1]);
}

describe('tkeCreateRequest', () => {
  test('the required fields from the declared facts, nothing undeclared', () => {
    const c = cluster(TKE);
    new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    expect(c.tkeCreateRequest()).toEqual({
      K8SVersion: '1.22.5',
      VpcId: 'vpc-e55paxnt',
      ClusterName: 'edge',
      PodCIDR: '10.33.0.0/16',
      ServiceCIDR: '10.44.0.0/16',
    });
  });

  test('every declared fact in its SDK field', () => {
    const c = cluster({
      ...TKE,
      clusterDescription: 'shops of the north',
      maxPodsPerNode: 64,
      specification: ClusterSpecification.L20,
      autoUpgradeSpecification: true,
      containerRuntime: ContainerRuntime.CONTAINERD,
      kubeProxyMode: KubeProxyMode.IPVS,
    });
    const body = c.tkeCreateRequest();
    expect(body).toEqual({
      K8SVersion: '1.22.5',
      VpcId: 'vpc-e55paxnt',
      ClusterName: 'edge',
      PodCIDR: '10.33.0.0/16',
      ServiceCIDR: '10.44.0.0/16',
      ClusterDesc: 'shops of the north',
      MaxNodePodNum: 64,
      ClusterLevel: 'L20',
      AutoUpgradeClusterLevel: true,
      ClusterAdvancedSettings: { Runtime: 'containerd', ProxyMode: 'ipvs' },
    });
    // The names are the SDK's own (tsc checks the typed body; this checks the data).
    const fields = sdkFields('CreateTKEEdgeClusterRequest');
    for (const k of Object.keys(body)) expect(fields).toContain(k);
    for (const k of Object.keys(body.ClusterAdvancedSettings)) expect(sdkFields('EdgeClusterAdvancedSettings')).toContain(k);
    for (const required of ['K8SVersion', 'VpcId', 'ClusterName', 'PodCIDR', 'ServiceCIDR']) expect(Object.keys(body)).toContain(required);
    expect(JSON.parse(JSON.stringify(body))).toEqual(body); // JSON data
  });

  test('a specification without auto-upgrade sends AutoUpgradeClusterLevel false', () => {
    const body = cluster({ ...TKE, specification: ClusterSpecification.L5 }).tkeCreateRequest();
    expect(body.ClusterLevel).toBe('L5');
    expect(body.AutoUpgradeClusterLevel).toBe(false);
  });

  test('SE-T01: each missing required fact is an error naming its prop, all at once', () => {
    const message = errorOf(() => cluster({ platform: Platform.TKE_EDGE }).tkeCreateRequest());
    expect(message).toContain('Validation failed with the following errors:');
    for (const prop of ['region', 'vpcId', 'clusterName', 'kubernetesVersion', 'podCidr', 'serviceCidr']) {
      expect(message).toMatch(new RegExp(`\\[edge\\] SE-T01: CreateTKEEdgeCluster needs [^\\n]*, but the EdgeCluster does not declare ${prop}\\. Fix: pass ${prop}: `));
    }
    expect(errorOf(() => cluster({ ...TKE, vpcId: undefined }).tkeCreateRequest()))
      .toBe("Validation failed with the following errors:\n  [edge] SE-T01: CreateTKEEdgeCluster needs VpcId, but the EdgeCluster does not declare vpcId. Fix: pass vpcId: 'vpc-e55paxnt' to the EdgeCluster");
  });

  test('SE-T02: a cluster declared for open-source SuperEdge is refused', () => {
    expect(errorOf(() => cluster({ ...TKE, platform: Platform.SUPEREDGE }).tkeCreateRequest()))
      .toContain('[edge] SE-T02: the cluster is declared for platform "superedge"');
    expect(errorOf(() => cluster({ ...TKE, platform: undefined }).tkeCreateRequest())).toContain('SE-T02');
    expect(errorOf(() => cluster(TKE).tkeCreateRequest())).toBe('');
  });

  test('SE-T03: a malformed VPC id or region is refused', () => {
    const message = errorOf(() => cluster({ ...TKE, vpcId: 'e55paxnt', region: 'Guangzhou' }).tkeCreateRequest());
    expect(message).toContain('[edge] SE-T03: vpcId "e55paxnt" is not a VPC id');
    expect(message).toContain('[edge] SE-T03: region "Guangzhou" is not a Tencent Cloud region name');
    expect(errorOf(() => cluster({ ...TKE, vpcId: 42 as any }).tkeCreateRequest())).toContain('SE-T03: vpcId 42 is not a VPC id');
    expect(errorOf(() => cluster({ ...TKE, region: 'ap-singapore' }).tkeCreateRequest())).toBe('');
  });

  test('runs the checks synthesis runs first, with the request\'s own in one error', () => {
    const c = cluster({ ...TKE, serviceCidr: '10.33.0.0/20', vpcId: undefined });
    new NodeUnit(c, 'Beijing', { nodes: ['bj-1'] });
    const message = errorOf(() => c.tkeCreateRequest());
    expect(message).toContain('[edge] SE-C03: Pod CIDR 10.33.0.0/16 overlaps Service CIDR 10.33.0.0/20');
    expect(message).toContain('[edge/Beijing] SE-U01:');
    expect(message).toContain('[edge] SE-T01:');
  });
});
