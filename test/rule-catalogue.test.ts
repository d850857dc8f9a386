import { FLEET_CASES } from './support/fleet-cases';
import { model } from './support/model';
import { TopologyModel } from '../src/model/types';
import { ONBOARDING_RULES } from '../src/onboarding/rules/index';
import { TKE_REQUEST_RULES } from '../src/tke/rules/index';
import { Severity } from '../src/validation/findings';
import { BOOLEAN, listOf, STRING } from '../src/validation/props/prop-types';
import { ConstructionRule, RuleArea, TopologyRule } from '../src/validation/rule';
import { RULES } from '../src/validation/rules';
import { CATALOGUE } from '../src/validation/rules/index';
import { CONSTRUCTION_RULES } from '../src/validation/rules/props/index';

/** The catalogue, and the rules run only by NodeOnboarding and tkeCreateRequest (same shape, same cases). */
const ALL_RULES: readonly TopologyRule[] = [...CATALOGUE, ...ONBOARDING_RULES, ...TKE_REQUEST_RULES];
const TKE = { platform: 'tke-edge', region: 'ap-guangzhou', vpcId: 'vpc-e55paxnt', clusterName: 'edge', kubernetesVersion: '1.22.5', podCidr: '10.33.0.0/16', serviceCidr: '10.44.0.0/16' };

/**
 * Every rule of the catalogue with a model that triggers it (and the origin and part of
 * the message of its first finding) and a quiet model that is as close as possible but
 * does not. A rule added to the catalogue without cases here fails the test.
 */
interface Case {
  readonly trigger: TopologyModel;
  readonly origin: string;
  readonly message: string;
  readonly quiet: TopologyModel;
}

const gpuNode = (name: string) => ({ name, gpu: true });
const kins = (name: string, nodes: string[], extra: object = {}) => ({ name, nodes, autonomyLevel: 'L4', kins: {}, taints: [{ key: 'kins', effect: 'NoSchedule' }], ...extra });

const deployment = (name: string, podSpec: object, apiVersion = 'apps/v1') => ({
  json: { apiVersion, kind: 'Deployment', metadata: { name }, spec: { template: { spec: podSpec } } },
});
const ingressController = (unit: string) => ({
  ownedByLibrary: true,
  json: {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: `ingress-${unit}` },
    spec: { template: { spec: { hostNetwork: true, nodeSelector: { [unit]: 'nodeunits.superedge.io' }, containers: [{ name: 'controller', ports: [{ containerPort: 80, hostPort: 80 }, { containerPort: 443, hostPort: 443 }] }] } } },
  },
});
const hpa = (apiVersion: string) => ({ json: { apiVersion, kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: {} } });
// Grids and add-ons.
const sites = (members = ['bj', 'gz']) => ({
  units: [{ name: 'bj', nodes: ['n1'] }, { name: 'gz', nodes: ['n2'] }],
  groups: [{ name: 'location', members }],
});
const gpuLimit = { template: { spec: { containers: [{ name: 'main', resources: { limits: { 'nvidia.com/gpu': 1 } } }] } } };
const ov = (unit: string, extra: object = {}) => ({ unit, templateName: `t-${unit}`, signature: '{}', changesContainer: false, ...extra });
const proxy = (extra: object = {}) => ({ name: 'app', proxy: { proxyUrl: 'http://p:8080', conflicts: [], lateContainers: [], ...extra } });
const eni = (extra: object = {}) => ({ name: 'app', eni: { pinnedNodes: ['n1'], targetNodes: ['n1'], canPin: true, ...extra } });
const cvm = { units: [{ name: 'bj', nodes: [{ name: 'n1', gpu: false, cvmInstanceId: 'ins-1' }] }] };
const iu = (name: string, extra: object = {}) => ({
  name, id: `cluster/${name}`, ingressName: `ing-${name}`, ingressClassName: `ing-${name}`, controllerName: `ing-${name}-controller`, ...extra,
});
const route = { port: 80, serviceName: 'web' };
const main = { name: 'main', image: 'nginx:1.25' };
/** A grid template (`spec.template`) whose pod has these containers and metadata. */
const withContainers = (containers: object[] = [main], metadata: object = {}) => ({ template: { metadata, spec: { containers } } });
const statefulSet = (name: string) => ({ name, kind: 'StatefulSetGrid' as const, serviceGridId: 'servicegrids/db', template: withContainers() });
/** A ServiceGrid object the library writes in the cluster's own chart. */
const written = (origin: string, namespace: string) => ({
  origin, ownedByLibrary: true, chartOrigin: 'cluster', json: { apiVersion: 'superedge.io/v1', kind: 'ServiceGrid', metadata: { name: 'web', namespace } },
});
const farGroup = {
  origin: 'a/web', what: 'DeploymentGrid "web"', prop: 'nodeGroup', kind: 'NodeGroup', name: 'far', targetOrigin: 'b/far', targetCluster: 'b', ownCluster: 'a',
};
const toWeb = { port: 80, serviceGridId: 'servicegrids/web' };

const CASES: { [id: string]: Case } = {
  'SE-N05': {
    trigger: model({ objects: [deployment('agent', { hostNetwork: true, containers: [{ name: 'a', ports: [{ containerPort: 10250 }] }] })] }),
    origin: 'objects/Deployment/agent',
    message: 'Deployment "agent" takes node port 10250/TCP (container "a") with hostNetwork, which edge nodes keep free for kubelet and kube-proxy',
    quiet: model({
      objects: [
        deployment('agent', { hostNetwork: true, containers: [{ name: 'a', ports: [{ containerPort: 10260 }] }] }),
        // the platform's own edge-health at its documented port, as written by hand (lint, import)
        deployment('edge-health', { hostNetwork: true, containers: [{ name: 'eh', image: 'superedge.tencentcloudcr.com/superedge/edge-health:v0.7.0', ports: [{ containerPort: 51005 }] }] }),
      ],
    }),
  },
  'SE-N06': {
    trigger: model({ objects: [ingressController('bj'), deployment('proxy', { containers: [{ name: 'p', ports: [{ containerPort: 8080, hostPort: 80 }] }] })] }),
    origin: 'objects/Deployment/proxy',
    message: 'Deployment "proxy" takes host port 80 on unit "bj", where the ingress controller ingress-bj listens on 80 and 443',
    quiet: model({ objects: [ingressController('bj'), deployment('proxy', { nodeSelector: { gz: 'nodeunits.superedge.io' }, containers: [{ name: 'p', ports: [{ containerPort: 8080, hostPort: 80 }] }] })] }),
  },
  'SE-V03': {
    trigger: model({ cluster: { kubernetesVersion: '1.18.2', kubernetesMinor: 18 }, objects: [ingressController('bj')] }),
    origin: 'objects/DaemonSet/ingress-bj',
    message: 'the per-unit ingress controller ingress-bj (ingress-nginx v1.3.1) needs Kubernetes 1.19 or later, but the cluster declares 1.18.2',
    quiet: model({ cluster: { kubernetesVersion: '1.20.6', kubernetesMinor: 20 }, objects: [ingressController('bj')] }),
  },
  'SE-V04': {
    trigger: model({ objects: [deployment('web', { containers: [{ name: 'web', image: 'nginx:1.25', securityContext: { runAsNonRoot: true } }] })] }),
    origin: 'objects/Deployment/web',
    message: 'Deployment "web": container "web" runs image nginx:1.25, which starts as root, with runAsNonRoot and no runAsUser',
    quiet: model({ objects: [deployment('web', { containers: [{ name: 'web', image: 'nginxinc/nginx-unprivileged:1.25', securityContext: { runAsNonRoot: true } }] })] }),
  },
  'SE-V02': {
    trigger: model({ cluster: { kubernetesVersion: '1.22.5', kubernetesMinor: 22 }, objects: [hpa('autoscaling/v2')] }),
    origin: 'objects/HorizontalPodAutoscaler/web',
    message: 'HorizontalPodAutoscaler "web" is written as autoscaling/v2, which the cluster (Kubernetes 1.22) does not serve',
    quiet: model({ cluster: { kubernetesVersion: '1.22.5', kubernetesMinor: 22 }, objects: [hpa('autoscaling/v2beta2')] }),
  },
  'SE-C01': {
    trigger: model({ cluster: { podCidr: '10.33.0.0/33' } }),
    origin: 'cluster',
    message: 'Pod CIDR "10.33.0.0/33" is not an IPv4 CIDR',
    quiet: model({ cluster: { podCidr: '10.33.0.0/16' } }),
  },
  'SE-C02': {
    trigger: model({ cluster: { podCidr: '11.0.0.0/16' } }),
    origin: 'cluster',
    message: 'Pod CIDR 11.0.0.0/16 is not in the ranges TKE Edge allows',
    quiet: model({ cluster: { podCidr: '10.0.0.0/16' } }),
  },
  'SE-C03': {
    trigger: model({ cluster: { podCidr: '10.33.0.0/16', serviceCidr: '10.33.0.0/20' } }),
    origin: 'cluster',
    message: 'Pod CIDR 10.33.0.0/16 overlaps Service CIDR 10.33.0.0/20',
    quiet: model({ cluster: { podCidr: '10.33.0.0/16', serviceCidr: '10.34.0.0/20' } }),
  },
  'SE-C04': {
    trigger: model({ cluster: { podCidr: '10.0.0.0/24', maxPodsPerNode: 128 }, units: [{ name: 'a', nodes: ['n1', 'n2', 'n3'] }] }),
    origin: 'cluster',
    message: 'Pod CIDR 10.0.0.0/24 holds 2 nodes at 128 pods per node',
    quiet: model({ cluster: { podCidr: '10.0.0.0/24', maxPodsPerNode: 128 }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
  },
  'SE-C05': {
    trigger: model({ cluster: { specification: { name: 'L1', maxNodes: 1 } }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
    origin: 'cluster',
    message: '2 nodes are declared but specification L1 allows 1, and with auto-upgrade off',
    quiet: model({ cluster: { specification: { name: 'L1', maxNodes: 2 } }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
  },
  'SE-C06': {
    trigger: model({ cluster: { clusterName: 'c'.repeat(51) } }),
    origin: 'cluster',
    message: 'has 51 characters (at most 50)',
    quiet: model({ cluster: { clusterName: 'c'.repeat(50) } }),
  },
  'SE-C07': {
    trigger: model({ units: [{ name: 'a', origin: 'x/a', nodes: ['n1'] }, { name: 'a', origin: 'y/a', nodes: ['n2'] }] }),
    origin: 'cluster',
    message: '2 NodeUnits are named "a" (x/a, y/a)',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n2'] }] }),
  },
  'SE-N01': {
    trigger: model({ units: [{ name: 'a', nodes: ['Node_1'] }] }),
    origin: 'cluster/a',
    message: 'node name "Node_1" is not a DNS-1123 subdomain',
    quiet: model({ units: [{ name: 'a', nodes: ['node-1'] }] }),
  },
  'SE-N02': {
    trigger: model({ units: [{ name: 'a', nodes: ['10.0.0.1'] }] }),
    origin: 'cluster/a',
    message: 'node name "10.0.0.1" is a bare IP address',
    quiet: model({ units: [{ name: 'a', nodes: ['node-10-0-0-1'] }] }),
  },
  'SE-N03': {
    trigger: model({ units: [{ name: 'a', nodes: [gpuNode('n1')] }, { name: 'b', nodes: [{ name: 'n1', gpu: false, architecture: 'arm64' }] }] }),
    origin: 'cluster',
    message: 'node "n1" is declared more than once with different facts (in cluster/a, cluster/b)',
    quiet: model({ units: [{ name: 'a', nodes: [gpuNode('n1')] }, { name: 'b', nodes: ['n1'] }] }),
  },
  'SE-N04': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1', 'n1'] }] }),
    origin: 'cluster/a',
    message: 'node "n1" is listed more than once in NodeUnit "a"',
    quiet: model({ units: [{ name: 'a', nodes: ['n1', 'n2'] }] }),
  },
  'SE-U01': {
    trigger: model({ units: [{ name: 'Beijing', nodes: ['n1'] }] }),
    origin: 'cluster/Beijing',
    message: 'NodeUnit name "Beijing" is not usable: it has upper-case letters',
    quiet: model({ units: [{ name: 'beijing', nodes: ['n1'] }] }),
  },
  'SE-U02': {
    trigger: model({ units: [{ name: 'unit-node-all', nodes: ['n1'] }] }),
    origin: 'cluster/unit-node-all',
    message: '"unit-node-all" is the platform\'s default unit',
    quiet: model({ units: [{ name: 'unit-node-most', nodes: ['n1'] }] }),
  },
  'SE-U03': {
    trigger: model({ units: [{ name: 'a', selector: {} }] }),
    origin: 'cluster/a',
    message: 'the node selector has neither matchLabels nor matchExpressions',
    quiet: model({ units: [{ name: 'a', selector: { matchLabels: { site: 'a' } } }] }),
  },
  'SE-U04': {
    trigger: model({ units: [{ name: 'a' }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a" has no nodes and no selector',
    quiet: model({ units: [{ name: 'a', selector: { matchLabels: { site: 'a' } } }] }),
  },
  'SE-U05': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'dedicated', effect: 'NoSchedule' }] }] }),
    origin: 'cluster/a',
    message: 'taint "dedicated:NoSchedule" is stripped from a normal (L3) unit',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'dedicated', effect: 'PreferNoSchedule' }] }] }),
  },
  'SE-U06': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'x', effect: 'NoExecute' }, { key: 'y', effect: 'NoExecute' }] }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a" sets 2 taints',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'x', effect: 'NoExecute' }] }] }),
  },
  'SE-U07': {
    trigger: model({ units: [{ name: 'a', nodes: [gpuNode('g1'), 'n1'] }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a" mixes GPU nodes (g1) with nodes without GPU',
    quiet: model({ units: [{ name: 'a', nodes: [gpuNode('g1'), gpuNode('g2')] }] }),
  },
  'SE-U08': {
    trigger: model({ units: [{ name: 'zone', nodes: ['n1'] }, { name: 'b', nodes: ['n2'], nodeLabels: { zone: 'east' } }] }),
    origin: 'cluster/zone',
    message: 'NodeUnit name "zone" is also a node label key used by nodeLabels of NodeUnit "b"',
    quiet: model({ units: [{ name: 'zone', nodes: ['n1'] }, { name: 'b', nodes: ['n2'], nodeLabels: { area: 'east' } }] }),
  },
  'SE-N07': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'], nodeLabels: { tier: 'web' } }, { name: 'b', nodes: ['n1'], nodeLabels: { tier: 'db' } }] }),
    origin: 'cluster',
    message: 'node "n1" gets the label "tier" with the values "db" (b) and "web" (a)',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'], nodeLabels: { tier: 'web' } }, { name: 'b', nodes: ['n1'], nodeLabels: { tier: 'web' } }] }),
  },
  'SE-U09': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'], unitLabels: { 'Bad Key!': 'x' }, nodeLabels: { zone: 'l\nb' }, nodeAnnotations: { 'a b': 'x' } }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a": unitLabels key "Bad Key!" is not a label key',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'], unitLabels: { team: 'x' }, nodeLabels: { zone: 'east' }, nodeAnnotations: { note: 'any\ntext' } }] }),
  },
  'SE-U10': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'Bad Key!', effect: 'NoExecute' }] }] }),
    origin: 'cluster/a',
    message: 'NodeUnit "a": nodeTaints[0].key "Bad Key!" is not a label key',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'], taints: [{ key: 'dedicated', value: 'edge', effect: 'NoExecute' }] }] }),
  },
  'SE-G01': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'Location', members: ['a'] }] }),
    origin: 'groups/Location',
    message: 'NodeGroup name "Location" is not usable: it has upper-case letters',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a'] }] }),
  },
  'SE-G02': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'a', members: ['a'] }] }),
    origin: 'groups/a',
    message: 'NodeGroup "a" has the same name as the NodeUnit at cluster/a',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a'] }] }),
  },
  'SE-G03': {
    trigger: model({ units: [{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a', 'b'] }] }),
    origin: 'groups/location',
    message: 'node "n1" is in units "a" and "b" of NodeGroup "location"',
    quiet: model({ units: [{ name: 'a', nodes: ['n1'] }, { name: 'b', nodes: ['n2'] }], groups: [{ name: 'location', members: ['a', 'b'] }] }),
  },
  'SE-G04': {
    trigger: model({ groups: [{ name: 'location', selector: {} }] }),
    origin: 'groups/location',
    message: 'the unit selector of NodeGroup "location" is empty',
    quiet: model({ groups: [{ name: 'location', selector: { matchLabels: { tier: 'edge' } } }] }),
  },
  'SE-G05': {
    trigger: model({ groups: [{ name: 'location' }] }),
    origin: 'groups/location',
    message: 'NodeGroup "location" has no units, no selector and no autoFindNodeKeys',
    quiet: model({ groups: [{ name: 'location', autoFindNodeKeys: ['zone'] }] }),
  },
  'SE-G06': {
    trigger: model({ groups: [{ name: 'location', autoFindNodeKeys: ['bad key'] }] }),
    origin: 'groups/location',
    message: 'autoFindNodeKeys entry "bad key" is not a label key',
    quiet: model({ groups: [{ name: 'location', autoFindNodeKeys: ['topology.kubernetes.io/zone'] }] }),
  },
  'SE-G07': {
    trigger: model({ groups: [{ name: 'zone', autoFindNodeKeys: ['zone'] }] }),
    origin: 'groups/zone',
    message: 'NodeGroup name "zone" is also a node label key used by autoFindNodeKeys of NodeGroup "zone"',
    quiet: model({ groups: [{ name: 'location', autoFindNodeKeys: ['zone'] }] }),
  },
  'SE-K01': {
    trigger: model({ cluster: { kubernetesVersion: '1.20.6', kubernetesMinor: 20 }, units: [kins('k', ['n1'])] }),
    origin: 'cluster/k',
    message: 'Kins needs Kubernetes 1.22, but the cluster declares 1.20.6',
    quiet: model({ cluster: { kubernetesVersion: '1.22.5', kubernetesMinor: 22 }, units: [kins('k', ['n1'])] }),
  },
  'SE-K02': {
    trigger: model({ cluster: { containerRuntime: 'docker' }, units: [kins('k', ['n1'])] }),
    origin: 'cluster/k',
    message: 'Kins needs the containerd runtime, but the cluster declares docker',
    quiet: model({ cluster: { containerRuntime: 'containerd' }, units: [kins('k', ['n1'])] }),
  },
  'SE-K03': {
    trigger: model({ units: [kins('k', ['n1', 'n2'], { autonomyLevel: 'L5' })] }),
    origin: 'cluster/k',
    message: 'THREE_MASTERS needs at least 3 nodes, but the unit has 2',
    quiet: model({ units: [kins('k', ['n1', 'n2', 'n3'], { autonomyLevel: 'L5' })] }),
  },
  'SE-K04': {
    trigger: model({ units: [kins('k'.repeat(41), ['n1'])] }),
    origin: `cluster/${'k'.repeat(41)}`,
    message: 'has 41 characters, more than the 40 that L4 allows',
    quiet: model({ units: [kins('k'.repeat(40), ['n1'])] }),
  },
  'SE-K05': {
    trigger: model({ units: [kins('k', ['n1'], { kins: { serviceCidr: '26.1.0.0' } })] }),
    origin: 'cluster/k',
    message: 'Kins service CIDR "26.1.0.0" does not parse',
    quiet: model({ units: [kins('k', ['n1'], { kins: { serviceCidr: '26.1.0.0/16' } })] }),
  },
  'SE-K06': {
    trigger: model({ units: [kins('k', ['n1'], { kins: { nodePortRange: '41000-40000' } })] }),
    origin: 'cluster/k',
    message: 'Kins NodePort range "41000-40000" is not "low-high"',
    quiet: model({ units: [kins('k', ['n1'], { kins: { nodePortRange: '40000-41000' } })] }),
  },
  ...FLEET_CASES,
  'SE-K07': {
    trigger: model({ units: [kins('k', ['n1'], { type: 'cloud' })] }),
    origin: 'cluster/k',
    message: 'a Kins unit must be of type edge, but this one is "cloud"',
    quiet: model({ units: [kins('k', ['n1'])] }),
  },
  'SE-O01': {
    // b-1 is onboarded by unit "a" (first in name order), which knows its interface only through "b".
    trigger: model({ units: [{ name: 'b', nodes: [{ name: 'b-1', gpu: false, defaultInterface: 'eth0' }] }, { name: 'c', nodes: ['c-1'] }] }),
    origin: 'cluster/c',
    message: 'the default network interface of node "c-1" of site "c" is not declared',
    quiet: model({ units: [{ name: 'a', nodes: ['b-1'] }, { name: 'b', nodes: [{ name: 'b-1', gpu: false, defaultInterface: 'eth0' }] }] }),
  },
  'SE-O02': {
    trigger: model({ units: [{ name: 'a', nodes: [{ name: 'a-1', gpu: false, defaultInterface: "eth0'; reboot" }] }] }),
    origin: 'cluster/a',
    message: 'the default interface "eth0\'; reboot" of node "a-1" is not a Linux interface name',
    quiet: model({ units: [{ name: 'a', nodes: [{ name: 'a-1', gpu: false, defaultInterface: 'enp0s31f6.100' }] }] }),
  },
  'SE-T01': {
    trigger: model({ cluster: { ...TKE, vpcId: undefined } }),
    origin: 'cluster',
    message: 'CreateTKEEdgeCluster needs VpcId, but the EdgeCluster does not declare vpcId',
    quiet: model({ cluster: TKE }),
  },
  'SE-T02': {
    trigger: model({ cluster: { ...TKE, platform: 'superedge' } }),
    origin: 'cluster',
    message: 'the cluster is declared for platform "superedge"',
    quiet: model({ cluster: TKE }),
  },
  'SE-T03': {
    trigger: model({ cluster: { ...TKE, vpcId: 'e55paxnt' } }),
    origin: 'cluster',
    message: 'vpcId "e55paxnt" is not a VPC id',
    quiet: model({ cluster: TKE }),
  },
  'SE-V01': {
    trigger: model({ kplusObjects: [{ where: 'cluster/web.volumes["data"]', fqn: 'cdk8s-plus-33.Volume', line: 'cdk8s-plus-33' }] }),
    origin: 'cluster',
    message: 'cluster/web.volumes["data"] is a cdk8s-plus-33.Volume, but cdk8s-superedge is built on cdk8s-plus-27',
    quiet: model({ kplusObjects: [] }),
  },
  'SE-W01': {
    trigger: model({ ...sites(), grids: [{ name: 'Web_App' }] }),
    origin: 'grids/Web_App',
    message: 'DeploymentGrid name "Web_App" is not usable',
    quiet: model({ ...sites(), grids: [{ name: 'web' }] }),
  },
  'SE-W02': {
    // BJ is known by name only: a declared BJ is SE-U01's alone (one root cause, one error).
    trigger: model({ groups: [{ name: 'location', members: ['BJ'] }], grids: [{ name: 'web' }] }),
    origin: 'grids/web',
    message: 'the controller would name Deployments "web-BJ"',
    quiet: model({ ...sites(), grids: [{ name: 'web' }] }),
  },
  'SE-W03': {
    trigger: model({ ...sites(), grids: [{ name: 'a'.repeat(50), kind: 'StatefulSetGrid' }] }),
    origin: `grids/${'a'.repeat(50)}`,
    message: 'the controller would name StatefulSets',
    quiet: model({ ...sites(), grids: [{ name: 'web', kind: 'StatefulSetGrid' }] }),
  },
  'SE-W04': {
    trigger: model({ ...sites(), grids: [{ name: 'bj-web', kind: 'StatefulSetGrid' }] }),
    origin: 'grids/bj-web',
    message: 'unit name "bj" occurs inside "bj-web-"',
    quiet: model({ ...sites(), grids: [{ name: 'web', kind: 'StatefulSetGrid' }] }),
  },
  'SE-W05': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'websvc', groupName: 'zone' }], grids: [{ name: 'web', kind: 'StatefulSetGrid', serviceGridId: 'servicegrids/websvc' }] }),
    origin: 'grids/web',
    message: 'StatefulSetGrid "web" (grid key "location", namespace "") uses ServiceGrid "websvc" (grid key "zone"',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'websvc' }], grids: [{ name: 'web', kind: 'StatefulSetGrid', serviceGridId: 'servicegrids/websvc' }] }),
  },
  'SE-W06': {
    trigger: model({ grids: [{ name: 'web', groupName: 'a/b' }] }),
    origin: 'grids/web',
    message: 'has the grid key (NodeGroup name) "a/b", which is not usable',
    quiet: model({ ...sites(), grids: [{ name: 'web' }] }),
  },
  'SE-W07': {
    trigger: model({ ...sites(), grids: [{ name: 'web' }], labelledObjects: [{ origin: 'x.yaml#1', kind: 'Deployment', name: 'old', gridSelector: 'web' }] }),
    origin: 'grids/web',
    message: 'Deployment old (x.yaml#1) carries the label superedge.io/grid-selector=web',
    quiet: model({ ...sites(), grids: [{ name: 'web' }], labelledObjects: [{ origin: 'x.yaml#1', kind: 'Deployment', name: 'old', gridSelector: 'other' }] }),
  },
  'SE-W08': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: { template: { spec: { os: { name: 'linux' } } } } }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid template sets spec.template.template.spec.os',
    quiet: model({ ...sites(), grids: [{ name: 'web', template: { template: { spec: { containers: [{ name: 'main' }] } } } }] }),
  },
  'SE-W09': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: { replicas: -1 } }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web" has replicas -1',
    quiet: model({ ...sites(), grids: [{ name: 'web', template: { replicas: 2 } }] }),
  },
  'SE-W10': {
    trigger: model({ groups: [{ name: 'location' }], grids: [{ name: 'web' }] }),
    origin: 'grids/web',
    message: 'NodeGroup "location" has no member units, so DeploymentGrid "web" creates no Deployment',
    quiet: model({ ...sites(), grids: [{ name: 'web' }] }),
  },
  'SE-S01': {
    trigger: model({ ...sites(), serviceGrids: [{ name: '1web' }] }),
    origin: 'servicegrids/1web',
    message: 'ServiceGrid name "1web" is not usable',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web' }] }),
  },
  'SE-S02': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 's'.repeat(56) }] }),
    origin: `servicegrids/${'s'.repeat(56)}`,
    message: 'has 56 characters',
    quiet: model({ ...sites(), serviceGrids: [{ name: 's'.repeat(53) }] }),
  },
  'SE-S03': {
    trigger: model({ serviceGrids: [{ name: 'web', groupName: '' }] }),
    origin: 'servicegrids/web',
    message: 'ServiceGrid "web" has the grid key (NodeGroup name) "", which is not usable',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web' }] }),
  },
  'SE-S04': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web', template: { clusterIP: 'None', ports: [{ port: 80 }] } }] }),
    origin: 'servicegrids/web',
    message: 'ServiceGrid "web" is headless (clusterIp: None)',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web', template: { ports: [{ port: 80 }] } }] }),
  },
  'SE-S05': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web', template: {} }] }),
    origin: 'servicegrids/web',
    message: 'ServiceGrid "web" has no ports',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web' }] }),
  },
  'SE-S06': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web', template: { ports: [{ port: 80 }, { port: 81 }] } }] }),
    origin: 'servicegrids/web',
    message: 'ServiceGrid "web" has 2 ports (80, 81) without a unique name each',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web', template: { ports: [{ port: 80, name: 'http' }, { port: 81, name: 'metrics' }] } }] }),
  },
  'SE-S07': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web', selectorExpressions: [{ key: 'app', operator: 'In', values: ['a'] }] }] }),
    origin: 'servicegrids/web',
    message: 'the selector of ServiceGrid "web" has match expressions (app In)',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web' }] }),
  },
  'SE-S08': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web' }], labelledObjects: [{ origin: 'x.yaml#1', kind: 'Service', name: 'old', gridSelector: 'web' }] }),
    origin: 'servicegrids/web',
    message: 'Service old (x.yaml#1) carries the label superedge.io/grid-selector=web',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web' }], labelledObjects: [{ origin: 'x.yaml#1', kind: 'Deployment', name: 'old', gridSelector: 'web' }] }),
  },
  'SE-S10': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'db', template: { clusterIP: 'None', ports: [{ port: 5432 }] } }], grids: [{ name: 'pg', kind: 'StatefulSetGrid', serviceGridId: 'servicegrids/db' }] }),
    origin: 'servicegrids/db',
    message: 'headless ServiceGrid "db" relies on statefulset-grid-daemon',
    quiet: model({ ...sites(), cluster: { platform: 'tke-edge' }, serviceGrids: [{ name: 'db', template: { clusterIP: 'None', ports: [{ port: 5432 }] } }], grids: [{ name: 'pg', kind: 'StatefulSetGrid', serviceGridId: 'servicegrids/db' }] }),
  },
  'SE-S09': {
    trigger: model({ ...sites(), grids: [{ name: 'web', groupName: 'zone' }], serviceGrids: [{ name: 'web', selectsGridId: 'grids/web' }] }),
    origin: 'servicegrids/web',
    message: 'ServiceGrid "web" (grid key "location") selects the pods of grid "web" on NodeGroup "zone"',
    quiet: model({ ...sites(), grids: [{ name: 'web' }], serviceGrids: [{ name: 'web', selectsGridId: 'grids/web' }] }),
  },
  'SE-P01': {
    trigger: model({ ...sites(), grids: [{ name: 'web', overrides: [ov('bj')] }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web" overrides sites bj, which are emitted as templatePool entries',
    quiet: model({ ...sites(), grids: [{ name: 'web', overrides: [ov('bj')], crd: 'pool-metadata-preserved' }] }),
  },
  'SE-P02': {
    trigger: model({ ...sites(), grids: [{ name: 'web', overrides: [ov('sh')] }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web" overrides unit "sh", which is not a member of NodeGroup "location" (members: bj, gz)',
    quiet: model({ ...sites(), grids: [{ name: 'web', overrides: [ov('bj')] }] }),
  },
  'SE-P03': {
    trigger: model({ ...sites(), grids: [{ name: 'web', templatePool: { default: {} } }] }),
    origin: 'grids/web',
    message: 'templatePool entry "default" is unreachable',
    quiet: model({ ...sites(), grids: [{ name: 'web', templatePool: { big: {} } }] }),
  },
  'SE-P04': {
    trigger: model({ ...sites(), grids: [{ name: 'web', templatePool: { big: {} }, templates: { bj: 'huge' } }] }),
    origin: 'grids/web',
    message: 'templates["bj"] names the template "huge", which is not in templatePool (entries: big)',
    quiet: model({ ...sites(), grids: [{ name: 'web', templatePool: { big: {} }, templates: { bj: 'big' } }] }),
  },
  'SE-P05': {
    trigger: model({ ...sites(), grids: [{ name: 'web', overrides: [ov('bj'), ov('bj')] }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web" overrides unit "bj" more than once',
    quiet: model({ ...sites(), grids: [{ name: 'web', overrides: [ov('bj'), ov('gz')] }] }),
  },
  'SE-P06': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: { template: { spec: { containers: [{ name: 'main' }] } } }, overrides: [ov('bj', { containerName: 'side' })] }] }),
    origin: 'grids/web',
    message: 'the override of unit "bj" names container "side", but DeploymentGrid "web" has containers "main"',
    quiet: model({ ...sites(), grids: [{ name: 'web', template: { template: { spec: { containers: [{ name: 'main' }] } } }, overrides: [ov('bj', { containerName: 'main' })] }] }),
  },
  'SE-X01': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: gpuLimit }] }),
    origin: 'grids/web',
    message: '"DeploymentGrid web" asks for nvidia.com/gpu (containers main) but units bj, gz have no GPU node',
    quiet: model({ units: [{ name: 'bj', nodes: [gpuNode('n1')] }], groups: [{ name: 'location', members: ['bj'] }], grids: [{ name: 'web', template: gpuLimit }] }),
  },
  'SE-X02': {
    trigger: model({ workloads: [proxy({ conflicts: ['main: http_proxy=x'] })] }),
    origin: 'workloads/app',
    message: '"app" already sets proxy env to other values (main: http_proxy=x)',
    quiet: model({ workloads: [proxy()] }),
  },
  'SE-X03': {
    trigger: model({ workloads: [proxy({ lateContainers: ['side'] })] }),
    origin: 'workloads/app',
    message: 'containers side of "app" were added after CrossRegionAccess.enable()',
    quiet: model({ workloads: [proxy()] }),
  },
  'SE-X04': {
    trigger: model({ workloads: [proxy({ proxyUrl: 'p:8080' })] }),
    origin: 'workloads/app',
    message: 'cross-region proxy URL "p:8080" of "app" is not an http(s)://host[:port] URL',
    quiet: model({ workloads: [proxy()] }),
  },
  'SE-E01': {
    trigger: model({ units: [{ name: 'bj', nodes: ['n1'] }], workloads: [eni()] }),
    origin: 'workloads/app',
    message: 'asks for an ENI on nodes that are not declared as Tencent Cloud CVM instances: n1',
    quiet: model({ ...cvm, workloads: [eni()] }),
  },
  'SE-E02': {
    trigger: model({ ...cvm, workloads: [eni({ pinnedNodes: [], targetNodes: [] })] }),
    origin: 'workloads/app',
    message: '"app" asks for an ENI but names no nodes',
    quiet: model({ ...cvm, workloads: [eni()] }),
  },
  'SE-E03': {
    trigger: model({ ...cvm, workloads: [eni()] }),
    origin: 'workloads/app',
    message: '"app" asks for an ENI, which only the TKE Edge ENI add-on provides; the cluster\'s platform is superedge',
    quiet: model({ ...cvm, cluster: { platform: 'tke-edge' }, workloads: [eni()] }),
  },
  'SE-E04': {
    trigger: model({ ...cvm, workloads: [eni({ targetNodes: ['n1', 'n2'] })] }),
    origin: 'workloads/app',
    message: 'the units of "app" changed after Eni.enable(): the pods are pinned to n1 but the units now hold n1, n2',
    quiet: model({ ...cvm, workloads: [eni()] }),
  },
  'SE-E05': {
    trigger: model({ ...cvm, cluster: { platform: 'tke-edge' }, workloads: [eni()] }),
    origin: 'workloads/app',
    message: '"app" asks for an ENI but the cluster declares no EniAddOn',
    quiet: model({ ...cvm, cluster: { platform: 'tke-edge' }, workloads: [eni()], addOns: [{ origin: 'eni', kind: 'eni' }] }),
  },
  'SE-H01': {
    trigger: model({ edgeHealths: [{ mode: 'no-eviction', daemonSet: true }] }),
    origin: 'health',
    message: 'global no-eviction excludes health checking, but daemonSet: true ask for it',
    quiet: model({ edgeHealths: [{ mode: 'no-eviction' }] }),
  },
  'SE-H02': {
    trigger: model({ ...sites(), edgeHealths: [{ mode: 'units' }] }),
    origin: 'health',
    message: 'multi-region edge-health with no unit to check',
    quiet: model({ ...sites(), edgeHealths: [{ mode: 'units', listed: [{ name: 'bj' }], checkUnitNames: ['bj', 'gz'] }] }),
  },
  'SE-H03': {
    trigger: model({ ...sites(), edgeHealths: [{ mode: 'all-nodes', listed: [{ name: 'bj' }] }] }),
    origin: 'health',
    message: 'checkUnits (bj) are only read in multi-region mode, but the mode is all-nodes',
    quiet: model({ ...sites(), edgeHealths: [{ mode: 'units', listed: [{ name: 'bj' }], checkUnitNames: ['bj'] }] }),
  },
  'SE-H04': {
    trigger: model({ ...sites(), edgeHealths: [{ mode: 'units', checkUnitNames: ['bj'] }] }),
    origin: 'health',
    message: 'nodes in no checked unit are not health-checked in multi-region mode: n2 (units checked: bj)',
    quiet: model({ ...sites(), edgeHealths: [{ mode: 'units', checkUnitNames: ['bj', 'gz'] }] }),
  },
  'SE-H05': {
    trigger: model({ units: [{ name: 'bj', nodes: ['n1'] }, { name: 'lab', nodes: ['n1'] }], edgeHealths: [{ mode: 'units', checkUnitNames: ['bj', 'lab'] }] }),
    origin: 'health',
    message: 'nodes in several checked units only probe peers that are in all of those units (edge-health ANDs the unit selectors): n1 (bj and lab)',
    quiet: model({ units: [{ name: 'bj', nodes: ['n1'] }, { name: 'lab', nodes: ['n1'] }], edgeHealths: [{ mode: 'units', checkUnitNames: ['bj'] }] }),
  },
  'SE-H06': {
    trigger: model({ cluster: { platform: 'tke-edge' }, edgeHealths: [{ mode: 'all-nodes', daemonSet: true, hmacKey: true }] }),
    origin: 'health',
    message: 'on TKE Edge the edge-health add-on runs the edge-health DaemonSet',
    quiet: model({ edgeHealths: [{ mode: 'all-nodes', daemonSet: true, hmacKey: true }] }),
  },
  'SE-H07': {
    trigger: model({ edgeHealths: [{ mode: 'all-nodes', daemonSet: true }] }),
    origin: 'health',
    message: 'the edge-health DaemonSet has no HMAC key',
    quiet: model({ edgeHealths: [{ mode: 'all-nodes', daemonSet: true, hmacKey: true }] }),
  },
  'SE-H09': {
    trigger: model({ edgeHealths: [{ mode: 'all-nodes', daemonSet: true, hmacKey: true }] }),
    origin: 'health',
    message: 'daemonSet: true without edge-health-admission',
    quiet: model({ edgeHealths: [{ mode: 'all-nodes', daemonSet: true, hmacKey: true, admissionTls: true }] }),
  },
  'SE-H08': {
    trigger: model({ edgeHealths: [{ origin: 'h1', mode: 'all-nodes' }, { origin: 'h2', mode: 'all-nodes' }] }),
    origin: 'h1',
    message: 'another EdgeHealth (h2) also writes edge-health-config in namespace "edge-system"',
    quiet: model({ edgeHealths: [{ origin: 'h1', mode: 'all-nodes' }, { origin: 'h2', mode: 'all-nodes', namespace: 'other' }] }),
  },
  'SE-I01': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route] }] }),
    origin: 'ingresses/ing',
    message: 'MultiRegionIngress "ing" has no units',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj')] }] }),
  },
  'SE-I02': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', rules: [{ ...route, port: 0 }], units: [iu('bj')] }] }),
    origin: 'ingresses/ing',
    message: 'MultiRegionIngress "ing" rule 1 (*/): port 0 is not within 1-65535',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj')] }] }),
  },
  'SE-I03': {
    trigger: model({ ...sites(), ingresses: [{ name: 'a', rules: [route], units: [iu('bj')], emitsControllers: true }, { name: 'b', rules: [route], units: [iu('bj')], emitsControllers: true }] }),
    origin: 'ingresses/a',
    message: 'the ingress controllers of unit "bj" (a) and unit "bj" (b) would both run on n1',
    quiet: model({ ...sites(), ingresses: [{ name: 'a', rules: [route], units: [iu('bj')], emitsControllers: true }, { name: 'b', rules: [route], units: [iu('gz')], emitsControllers: true }] }),
  },
  'SE-I04': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj', { controllerNodes: [] })], emitsControllers: true, controllerNodes: ['n9'] }] }),
    origin: 'ingresses/ing',
    message: 'controllerNodes n9 are in none of the ingress\'s units (bj)',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj', { controllerNodes: ['n1'] })], emitsControllers: true, controllerNodes: ['n1'] }] }),
  },
  'SE-I05': {
    trigger: model({ ...sites(['bj']), serviceGrids: [{ name: 'web' }], ingresses: [{ name: 'ing', rules: [toWeb], units: [iu('bj'), iu('gz')] }] }),
    origin: 'ingresses/ing',
    message: 'ServiceGrid "web" (rule 1 (*/)) runs on the units of NodeGroup "location", which does not hold gz',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web' }], ingresses: [{ name: 'ing', rules: [toWeb], units: [iu('bj'), iu('gz')] }] }),
  },
  'SE-I06': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web', namespace: 'apps' }], ingresses: [{ name: 'ing', rules: [toWeb], units: [iu('bj')] }] }),
    origin: 'ingresses/ing',
    message: 'ServiceGrid "web" (rule 1 (*/)) is in namespace "apps" but the Ingress objects are in "(chart default)"',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web', namespace: 'apps' }], ingresses: [{ name: 'ing', namespace: 'apps', rules: [toWeb], units: [iu('bj')] }] }),
  },
  'SE-I07': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj', { ingressName: 'Ing_bj' })] }] }),
    origin: 'ingresses/ing',
    message: 'MultiRegionIngress "ing" for unit "bj" would create invalid names: Ingress "Ing_bj"',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj')] }] }),
  },
  'SE-I08': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route, route], units: [iu('bj')] }] }),
    origin: 'ingresses/ing',
    message: 'MultiRegionIngress "ing" rule 2 (*/) repeats rule 1',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route, { ...route, path: '/api' }], units: [iu('bj')] }] }),
  },
  'SE-I09': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web', template: { ports: [{ port: 80, targetPort: 8080 }] } }], ingresses: [{ name: 'ing', rules: [{ ...toWeb, port: 81 }], units: [iu('bj')] }] }),
    origin: 'ingresses/ing',
    message: 'rule 1 (*/) routes to port 81 of ServiceGrid "web", whose Service has ports 80',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web', template: { ports: [{ port: 80, targetPort: 8080 }] } }], ingresses: [{ name: 'ing', rules: [{ ...toWeb, port: 8080 }], units: [iu('bj')] }] }),
  },
  'SE-I10': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', units: [iu('bj')] }] }),
    origin: 'ingresses/ing',
    message: 'MultiRegionIngress "ing" has no rules',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj')] }] }),
  },
  // The checks the constructs registered themselves until they became rule objects (issue 8, then 7).
  'SE-C08': {
    trigger: model({ ...sites(), grids: [{ name: 'web', origin: 'a/web' }], crossClusterReferences: [farGroup] }),
    origin: 'a/web',
    message: 'DeploymentGrid "web" uses NodeGroup "far" of EdgeCluster "b" (b/far) in nodeGroup; the controllers of cluster "a" never see it',
    quiet: model({ ...sites(), grids: [{ name: 'web', origin: 'a/web' }] }),
  },
  'SE-C09': {
    trigger: model({ objects: [written('edge/a', 'apps'), written('edge/b', 'apps')] }),
    origin: 'cluster',
    message: '2 objects are ServiceGrid "web" in namespace "apps" (edge/a, edge/b); the later would overwrite the earlier on apply',
    quiet: model({ objects: [written('edge/a', 'apps'), written('edge/b', 'shop')] }),
  },
  'SE-M01': {
    trigger: model({ ...sites(), grids: [{ name: 'web', labels: { 'bad key': 'x' }, template: withContainers() }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web": metadata.labels key "bad key" is not a label key',
    quiet: model({ ...sites(), grids: [{ name: 'web', labels: { team: 'x' }, template: withContainers() }] }),
  },
  'SE-M02': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: withContainers([main], { annotations: { 'a b': 'x' } }) }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web": podMetadata.annotations key "a b" is not an annotation key',
    quiet: model({ ...sites(), grids: [{ name: 'web', template: withContainers([main], { annotations: { note: 'x' } }) }] }),
  },
  'SE-M03': {
    trigger: model({ ...sites(), grids: [{ name: 'web', namespace: 'Edge', template: withContainers() }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web": metadata.namespace "Edge" is not a namespace name (a DNS-1123 label',
    quiet: model({ ...sites(), grids: [{ name: 'web', namespace: 'edge', template: withContainers() }] }),
  },
  'SE-M04': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: withContainers([{ ...main, resources: { requests: { memory: 'NaNMi' } } }]) }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web": container "main" memory request is "NaNMi", which is not a quantity',
    quiet: model({ ...sites(), grids: [{ name: 'web', template: withContainers([{ ...main, resources: { requests: { memory: '64Mi' } } }]) }] }),
  },
  'SE-W12': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: withContainers([]) }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web" has no containers, and a pod template without containers is rejected by the API server',
    quiet: model({ ...sites(), grids: [{ name: 'web', template: withContainers() }] }),
  },
  'SE-W13': {
    trigger: model({ ...sites(), grids: [{ name: 'web', template: withContainers([{ ...main, ports: [{ containerPort: 70000 }] }]) }] }),
    origin: 'grids/web',
    message: 'DeploymentGrid "web": container "main" port 70000 is not a port (a whole number from 1 to 65535)',
    quiet: model({ ...sites(), grids: [{ name: 'web', template: withContainers([{ ...main, ports: [{ containerPort: 8080, hostPort: 80 }] }]) }] }),
  },
  'SE-W14': {
    trigger: model({ ...sites(), grids: [{ name: 'pg', kind: 'StatefulSetGrid', template: { ...withContainers(), updateStrategy: { rollingUpdate: { partition: NaN } } } }] }),
    origin: 'grids/pg',
    message: 'StatefulSetGrid "pg" has an update strategy with partition NaN; a partition is a whole number from 0 to 2147483647',
    quiet: model({ ...sites(), grids: [{ name: 'pg', kind: 'StatefulSetGrid', template: { ...withContainers(), updateStrategy: { rollingUpdate: { partition: 0 } } } }] }),
  },
  'SE-W15': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'db', ownSelector: false }], grids: [statefulSet('b'), statefulSet('a')] }),
    origin: 'servicegrids/db',
    message: 'ServiceGrid "db" has no selector and is the serviceGrid of 2 StatefulSetGrids (grids/a, grids/b)',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'db', ownSelector: true }], grids: [statefulSet('b'), statefulSet('a')] }),
  },
  'SE-S11': {
    trigger: model({ ...sites(), serviceGrids: [{ name: 'web', ports: [{ port: 80 }, { port: 80, protocol: 'TCP' }] }] }),
    origin: 'servicegrids/web',
    message: 'ServiceGrid "web": ports[1] repeats port 80/TCP',
    quiet: model({ ...sites(), serviceGrids: [{ name: 'web', ports: [{ port: 80 }, { port: 80, protocol: 'UDP' }] }] }),
  },
  'SE-I11': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj')], listedUnitNames: ['bj', 'bj'] }] }),
    origin: 'ingresses/ing',
    message: 'MultiRegionIngress "ing" lists unit "bj" more than once in nodeUnits; each unit gets one entry point',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj'), iu('gz')], listedUnitNames: ['bj', 'gz'] }] }),
  },
  'SE-I12': {
    trigger: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj')], emitsControllers: true, nginxConfigKeys: ['Bad Key!'] }] }),
    origin: 'ingresses/ing',
    message: 'MultiRegionIngress "ing": nginxConfig keys "Bad Key!" are not ConfigMap keys',
    quiet: model({ ...sites(), ingresses: [{ name: 'ing', rules: [route], units: [iu('bj')], emitsControllers: true, nginxConfigKeys: ['use-forwarded-headers'] }] }),
  },
  'SE-H10': {
    trigger: model({ edgeHealths: [{ origin: 'edge/health', daemonSet: true, name: 'Edge Health' }] }),
    origin: 'edge/health',
    message: 'EdgeHealth "health": name "Edge Health" names its DaemonSet, ServiceAccount and RBAC objects, and is not a DNS-1123 subdomain',
    quiet: model({ edgeHealths: [{ origin: 'edge/health', daemonSet: true, name: 'edge-health' }] }),
  },
};

/**
 * Every rule checked at construction, before a model exists (rules/props), with an input
 * that triggers it (and part of the message of its first finding) and a quiet input. A
 * construction rule without cases here fails the test.
 */
interface ConstructionCase {
  readonly trigger: unknown;
  readonly message: string;
  readonly quiet: unknown;
}

const CONSTRUCTION_CASES: { [id: string]: ConstructionCase } = {
  'SE-A01': {
    trigger: { what: 'NodeUnit', props: { unschedulable: 'yes', nodes: ['n1'] }, fields: { unschedulable: BOOLEAN, nodes: listOf(STRING) }, required: [] },
    message: 'NodeUnit prop unschedulable is "yes": it must be true or false',
    quiet: { what: 'NodeUnit', props: { unschedulable: true, nodes: ['n1'] }, fields: { unschedulable: BOOLEAN, nodes: listOf(STRING) }, required: [] },
  },
  'SE-W11': {
    trigger: { progressDeadlineSeconds: 30, minReadySeconds: 60 },
    message: 'DeploymentGrid prop progressDeadline (30s) must be greater than minReady (60s)',
    quiet: { progressDeadlineSeconds: 600, minReadySeconds: 60 },
  },
};

describe.each(ALL_RULES.map(r => [r.id, r] as [string, TopologyRule]))('rule %s', (id, rule) => {
  test('is documented: summary, explanation, area, severity', () => {
    expect(rule.id).toMatch(new RegExp(`^SE-${rule.area}\\d\\d$`));
    expect(Object.values(RuleArea)).toContain(rule.area);
    expect(Object.values(Severity)).toContain(rule.severity);
    expect(rule.summary.length).toBeGreaterThan(10);
    expect(rule.explanation.length).toBeGreaterThan(30);
    expect(RULES[id]).toBe(rule.summary);
  });

  test('has cases in this table', () => {
    expect(CASES[id]).toBeDefined();
  });

  test('triggers on its triggering model, at the element\'s origin', () => {
    const c = CASES[id];
    const findings = rule.check(c.trigger);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].origin).toBe(c.origin);
    expect(findings[0].message).toContain(c.message);
    expect(findings[0].fix.length).toBeGreaterThan(5);
  });

  test('is quiet on its quiet model', () => {
    expect(rule.check(CASES[id].quiet)).toEqual([]);
  });
});

describe.each(CONSTRUCTION_RULES.map(r => [r.id, r] as [string, ConstructionRule<any>]))('construction rule %s', (id, rule) => {
  test('is documented: summary, explanation, area, severity', () => {
    expect(rule.id).toMatch(new RegExp(`^SE-${rule.area}\\d\\d$`));
    expect(Object.values(RuleArea)).toContain(rule.area);
    expect(rule.severity).toBe(Severity.ERROR);
    expect(rule.summary.length).toBeGreaterThan(10);
    expect(rule.explanation.length).toBeGreaterThan(30);
    expect(RULES[id]).toBe(rule.summary);
  });

  test('has cases in this table', () => {
    expect(CONSTRUCTION_CASES[id]).toBeDefined();
  });

  test('triggers on its triggering input', () => {
    const findings = rule.check(CONSTRUCTION_CASES[id].trigger);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0].message).toContain(CONSTRUCTION_CASES[id].message);
    expect(findings[0].fix.length).toBeGreaterThan(5);
  });

  test('is quiet on its quiet input', () => {
    expect(rule.check(CONSTRUCTION_CASES[id].quiet)).toEqual([]);
  });
});

test('every case belongs to a rule of the catalogue, and ids are unique', () => {
  const ids = [...ALL_RULES, ...CONSTRUCTION_RULES].map(r => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(Object.keys(CASES).filter(id => !ALL_RULES.some(r => r.id === id))).toEqual([]);
  expect(Object.keys(CONSTRUCTION_CASES).filter(id => !CONSTRUCTION_RULES.some(r => r.id === id))).toEqual([]);
});

test('RULES, the ids suppressions accept, is derived from the rule objects only', () => {
  expect(Object.keys(RULES).sort()).toEqual([...ALL_RULES, ...CONSTRUCTION_RULES].map(r => r.id).sort());
});

test('SE-C02 and SE-C05 set their severity by the facts', () => {
  const c02 = CATALOGUE.find(r => r.id === 'SE-C02')!;
  expect(c02.check(model({ cluster: { podCidr: '11.0.0.0/16', platform: 'tke-edge' } }))[0].severity).toBe(Severity.ERROR);
  expect(c02.check(model({ cluster: { podCidr: '11.0.0.0/16' } }))[0].severity).toBe(Severity.WARNING);
  const c05 = CATALOGUE.find(r => r.id === 'SE-C05')!;
  expect(c05.check(model({ cluster: { specification: { name: 'L1', maxNodes: 1 }, autoUpgradeSpecification: true }, units: [{ name: 'a', nodes: ['n1', 'n2'] }] }))[0].severity).toBe(Severity.WARNING);
});

test('units a group names but the model does not declare are unknown, not wrong', () => {
  const m = model({ units: [{ name: 'a', nodes: ['n1'] }], groups: [{ name: 'location', members: ['a', 'elsewhere'] }] });
  const g = m.groups[0];
  expect(g.memberIds.map(id => m.unitsById.get(id)!.name)).toEqual(['a', 'elsewhere']);
  expect(m.unitsById.get(g.memberIds[1])!.declared).toBe(false);
  expect(m.unitsById.get(g.memberIds[1])!.nodeNames).toBeUndefined();
  for (const rule of CATALOGUE) expect(rule.check(m)).toEqual([]);
});

describe('the fixes of issue 8 in the rule objects', () => {
  const rule = (id: string) => CATALOGUE.find(r => r.id === id)!;
  test('SE-W09: replicas beyond int32 are refused, the int32 limit is not', () => {
    expect(rule('SE-W09').check(model({ ...sites(), grids: [{ name: 'web', template: { replicas: 2147483648 } }] })).map(f => f.message))
      .toEqual(['DeploymentGrid "web" has replicas 2147483648; replicas must be a whole number of at most 2147483647 (an int32)']);
    expect(rule('SE-W09').check(model({ ...sites(), grids: [{ name: 'web', template: { replicas: 2147483647 } }] }))).toEqual([]);
  });
  test('SE-P04: a template named like an inherited property ("constructor") is not in an empty pool', () => {
    expect(rule('SE-P04').check(model({ ...sites(), grids: [{ name: 'web', templatePool: {}, templates: { bj: 'constructor' } }] })).map(f => f.message))
      .toEqual([expect.stringContaining('names the template "constructor", which is not in templatePool')]);
  });
  test('SE-W02/W03/I07: no finding on names derived from a declared unit name SE-U01 reports, or a grid name SE-W01 reports', () => {
    const badUnit = { units: [{ name: 'BJ', nodes: ['n1'] }], groups: [{ name: 'location', members: ['BJ'] }] };
    expect(rule('SE-W02').check(model({ ...badUnit, grids: [{ name: 'web' }] }))).toEqual([]);
    expect(rule('SE-W03').check(model({ ...badUnit, grids: [{ name: 'web', kind: 'StatefulSetGrid' }] }))).toEqual([]);
    expect(rule('SE-W02').check(model({ ...sites(), grids: [{ name: 'Web' }] }))).toEqual([]);
    expect(rule('SE-I07').check(model({ ...badUnit, ingresses: [{ name: 'ing', rules: [route], units: [iu('BJ', { ingressName: 'ing-BJ', ingressClassName: 'ing-BJ' })] }] }))).toEqual([]);
  });
  test('SE-I02: an IP address is not an Ingress host', () => {
    expect(rule('SE-I02').check(model({ ...sites(), ingresses: [{ name: 'ing', rules: [{ ...route, host: '10.1.2.3' }], units: [iu('bj')] }] })).map(f => f.message))
      .toEqual([expect.stringContaining('host "10.1.2.3" is not a lower-case DNS name')]);
  });
  test('SE-X04: credentials in the proxy URL or noProxy are refused and never repeated; a port over 65535 too', () => {
    const withCredentials = rule('SE-X04').check(model({ workloads: [proxy({ noProxy: 'localhost,http://u:s3cr3t@x' })] }));
    expect(withCredentials.map(f => f.message)).toEqual([expect.stringContaining('carry credentials')]);
    expect(JSON.stringify(withCredentials)).not.toContain('s3cr3t');
    expect(rule('SE-X04').check(model({ workloads: [proxy({ proxyUrl: 'http://p:99999' })] })).map(f => f.message))
      .toEqual([expect.stringContaining('with a port up to 65535')]);
    expect(rule('SE-X04').check(model({ workloads: [proxy({ noProxy: 'localhost,.svc,10.0.0.0/8' })] }))).toEqual([]);
  });
});

describe('the checks the constructs made, as rule objects (issue 7)', () => {
  const rule = (id: string) => CATALOGUE.find(r => r.id === id)!;
  const messages = (id: string, m: TopologyModel) => rule(id).check(m).map(f => `${f.origin}: ${f.message}`);

  test('SE-P01 on a rollout: its grid on the upstream CRDs, reported at the rollout', () => {
    const grid = { name: 'web', origin: 'edge/web', template: withContainers() };
    expect(messages('SE-P01', model({ ...sites(), grids: [grid], rollouts: [{ name: 'web-1-5', origin: 'edge/web-1-5', gridId: 'edge/web' }] }))).toEqual([
      'edge/web-1-5: GridRollout "web-1-5" rolls its change out as per-site templatePool entries of grid "web", and the upstream grid CRD prunes the pod labels of pool templates: the API server would reject the updated sites\' workloads',
    ]);
    expect(rule('SE-P01').check(model({ ...sites(), grids: [{ ...grid, crd: 'pool-metadata-preserved' }], rollouts: [{ name: 'web-1-5', gridId: 'edge/web' }] }))).toEqual([]);
  });

  test('SE-M01, SE-M03: the chart\'s own labels and namespace, at the cluster', () => {
    expect(messages('SE-M01', model({ cluster: { origin: 'edge', labels: { team: 'a b' } } })))
      .toEqual([expect.stringMatching(/^edge: EdgeCluster "edge": labels\["team"\] value "a b" is not a label value/)]);
    expect(messages('SE-M03', model({ cluster: { origin: 'edge', namespace: 'Apps' } })))
      .toEqual([expect.stringMatching(/^edge: EdgeCluster "edge": namespace "Apps" is not a namespace name/)]);
  });

  test('SE-M03, SE-M04, SE-I12: the controllers\' namespace, resources and nginxConfig only when the controllers are written', () => {
    const ing = { name: 'ing', rules: [route], units: [iu('bj')], controllerNamespace: 'Ingress', nginxConfigKeys: ['Bad Key!'], controllerResources: { limits: { memory: 'NaNMi' } } };
    const without = model({ ...sites(), ingresses: [ing] });
    const withControllers = model({ ...sites(), ingresses: [{ ...ing, emitsControllers: true }] });
    for (const id of ['SE-M03', 'SE-M04', 'SE-I12']) {
      expect(rule(id).check(without)).toEqual([]);
      expect(rule(id).check(withControllers)).toHaveLength(1);
    }
  });

  test('SE-H10, SE-M04: edge-health\'s DaemonSet only when it is written (daemonSet, and a mode that checks)', () => {
    const h = { origin: 'edge/health', daemonSet: true, name: 'Edge Health', resources: { requests: { cpu: 'NaNm' } } };
    for (const id of ['SE-H10', 'SE-M04']) {
      expect(rule(id).check(model({ edgeHealths: [h] }))).toHaveLength(1);
      expect(rule(id).check(model({ edgeHealths: [{ ...h, daemonSet: false }] }))).toEqual([]);
      expect(rule(id).check(model({ edgeHealths: [{ ...h, mode: 'no-eviction' }] }))).toEqual([]);
    }
  });

  test('SE-C09: objects of another chart (a Kins unit cluster) or the user\'s own are not the library\'s to name', () => {
    const other = { ...written('edge/b', 'apps'), chartOrigin: 'cluster/factory-cluster' };
    expect(rule('SE-C09').check(model({ objects: [written('edge/a', 'apps'), other] }))).toEqual([]);
    expect(rule('SE-C09').check(model({ objects: [written('edge/a', 'apps'), { ...written('edge/b', 'apps'), ownedByLibrary: false }] }))).toEqual([]);
  });

  test('SE-W15 on manifests: no selector in the ServiceGrid\'s template means it takes a StatefulSetGrid\'s', () => {
    const grids = [statefulSet('a'), statefulSet('b')];
    expect(rule('SE-W15').check(model({ ...sites(), serviceGrids: [{ name: 'db', template: { ports: [{ port: 5432 }] } }], grids }))).toHaveLength(1);
    expect(rule('SE-W15').check(model({ ...sites(), serviceGrids: [{ name: 'db', template: { selector: { app: 'db' }, ports: [{ port: 5432 }] } }], grids }))).toEqual([]);
  });

  test('SE-S11: each bad port is named; ports read from a manifest leave a named target port alone', () => {
    expect(messages('SE-S11', model({ ...sites(), serviceGrids: [{ name: 'web', ports: [{ port: 80.5 }, { port: 81, targetPort: 0, nodePort: 70000 }] }] }))).toEqual([
      'servicegrids/web: ServiceGrid "web": ports[0].port 80.5 is not a port (a whole number from 1 to 65535); ports[1].targetPort 0 is not a port (a whole number from 1 to 65535); ports[1].nodePort 70000 is not a port (a whole number from 1 to 65535)',
    ]);
    expect(rule('SE-S11').check(model({ ...sites(), serviceGrids: [{ name: 'web', ports: [{ port: 80 }] }] }))).toEqual([]);
  });

  test('SE-A01: props that are not an object, and a missing required prop', () => {
    const a01 = CONSTRUCTION_RULES.find(r => r.id === 'SE-A01')!;
    expect(a01.check({ what: 'NodeGroup', props: null, fields: {}, required: [] }).map(f => f.message)).toEqual(['NodeGroup the props are null: they must be an object']);
    expect(a01.check({ what: 'DeploymentGrid', props: {}, fields: { nodeGroup: STRING }, required: ['nodeGroup'] }))
      .toEqual([{ message: 'DeploymentGrid prop nodeGroup is missing: it must be a string', fix: 'pass a string' }]);
  });

  test('SE-W11: equal durations are refused too', () => {
    const w11 = CONSTRUCTION_RULES.find(r => r.id === 'SE-W11')!;
    expect(w11.check({ progressDeadlineSeconds: 60, minReadySeconds: 60 })).toHaveLength(1);
  });
});
