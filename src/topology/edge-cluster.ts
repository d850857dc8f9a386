import { ApiObject, Chart, ChartProps } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { ClusterSpecification, ContainerRuntime, KubeProxyMode, KubernetesVersion, Platform } from './cluster-options';
import { brand, enclosingEdgeCluster, isEdgeClusterConstruct } from '../internal/brands';
import { cached, peekCached, startPass } from '../internal/cache';
import { byString } from '../internal/util';
import type { ModelBuilder } from '../model/builder';
import { kindRank } from '../superedge/kinds';
import { noteCluster } from '../tke/capture';
import { tkeCreateRequestOf } from '../tke/create-request';
import { addModelChecks } from '../validation/model-checks';
import { CDK8S_METADATA_MAP, STRINGS } from '../validation/props/common-props';
import { BOOLEAN, checkProps, childPath, enumOf, objectOf, STRING, WHOLE_NUMBER } from '../validation/props/prop-types';
import { foreignKplusObjects } from '../workloads/kplus-line';

/**
 * Properties of an EdgeCluster. Every fact is optional: what is left unset is not checked.
 */
export interface EdgeClusterProps extends ChartProps {
  /**
   * The cluster's name (at most 50 characters in the TKE Edge console).
   * @default - not checked
   */
  readonly clusterName?: string;

  /**
   * Which platform runs the SuperEdge components. Later features emit different
   * objects for each (e.g. ingress controllers are add-ons on TKE Edge).
   * @default Platform.SUPEREDGE
   */
  readonly platform?: Platform;

  /**
   * Kubernetes version.
   * @default - not checked
   */
  readonly kubernetesVersion?: KubernetesVersion;

  /**
   * Container runtime of the nodes.
   * @default - not checked
   */
  readonly containerRuntime?: ContainerRuntime;

  /**
   * Pod CIDR. Must be a private range (10.0.0.0/8 with a /14 to /24 prefix,
   * 172.16.0.0/12 with /16 to /24, 192.168.0.0/16 with /16 to /24, or 9.0.0.0/8 with
   * /14 to /24), must not overlap the Service CIDR, the VPC, other clusters or any
   * node network, and cannot be changed after creation.
   * @default - not checked
   */
  readonly podCidr?: string;

  /**
   * Service CIDR; the same rules as `podCidr`.
   * @default - not checked
   */
  readonly serviceCidr?: string;

  /**
   * The CIDR of the control plane's VPC (TKE Edge).
   * @default - not checked
   */
  readonly vpcCidr?: string;

  /**
   * CIDRs already used by other clusters in the same VPC.
   * @default - none
   */
  readonly otherClusterCidrs?: string[];

  /**
   * Networks of the edge sites (nodes' own networks), besides those given on
   * individual `EdgeNode`s.
   * @default - none
   */
  readonly nodeNetworks?: string[];

  /**
   * Maximum pods per node. Each node takes a block of the Pod CIDR of this size
   * (rounded up to a power of two), which bounds how many nodes the Pod CIDR holds.
   * @default - not checked
   */
  readonly maxPodsPerNode?: number;

  /**
   * kube-proxy mode.
   * @default - not set (recorded only)
   */
  readonly kubeProxyMode?: KubeProxyMode;

  /**
   * The cluster specification, which caps the number of nodes.
   * @default - not checked
   */
  readonly specification?: ClusterSpecification;

  /**
   * Whether the cluster specification upgrades itself when the cluster outgrows it.
   * With auto-upgrade off, nodes over the cap are cordoned: declaring more nodes than
   * the specification allows is then an error; with it on, a warning.
   * @default false
   */
  readonly autoUpgradeSpecification?: boolean;

  /**
   * Treat warnings as errors.
   * @default false
   */
  readonly warningsAsErrors?: boolean;

  /**
   * Whether TKE Edge log collection is on: its log agent then reserves about 0.1 core
   * and 16 MiB on every node, which the capacity checks of site catalogues count.
   * Open-source SuperEdge has no such agent.
   * @default false
   */
  readonly logCollection?: boolean;

  /**
   * Write a `Namespace` for every namespace the cluster's objects use (the library's and
   * your own), except `default`, `kube-system`, `kube-public` and `kube-node-lease` and
   * namespaces the cluster declares itself, so that the output applies to an empty
   * cluster. Turn it off when the namespaces are managed elsewhere (two GitOps owners
   * of one Namespace fight over it).
   * @default true
   */
  readonly createNamespaces?: boolean;

  /**
   * The id of the VPC the TKE Edge control plane runs in (`vpc-...`), for
   * `tkeCreateRequest()` (CreateTKEEdgeCluster's `VpcId`).
   * @default - not declared: tkeCreateRequest() refuses (SE-T01)
   */
  readonly vpcId?: string;

  /**
   * The Tencent Cloud region of the TKE Edge control plane, e.g. `ap-guangzhou`, for
   * `tke create-cluster` (CreateTKEEdgeCluster's `Region` parameter; the API supports
   * ap-beijing, ap-guangzhou, ap-nanjing, ap-shanghai and ap-singapore).
   * @default - not declared: tkeCreateRequest() refuses (SE-T01)
   */
  readonly region?: string;

  /**
   * A description of the cluster (CreateTKEEdgeCluster's `ClusterDesc`).
   * @default - no description
   */
  readonly clusterDescription?: string;

  /**
   * The GitOps wave of this cluster: with `GitOpsLayout`, targets of a wave are
   * delivered after those of every lower wave (Argo CD rolling sync steps, Flux
   * `dependsOn`). A whole number of at least 0.
   * @default 1
   */
  readonly wave?: number;

  /**
   * The cluster's name as a GitOps target: the Argo CD destination name (the cluster as
   * registered in Argo CD), the Application and Flux Kustomization name, and its folder
   * `clusters/<name>` in a `GitOpsLayout`. A DNS label of at most 63 characters.
   * @default - the construct id
   */
  readonly gitOpsName?: string;
}

/**
 * An edge Kubernetes cluster run by SuperEdge or TKE Edge: a cdk8s Chart whose
 * sites, groups and workloads are checked together when it is synthesized.
 *
 * Output is deterministic: objects are ordered by kind, namespace and name, not by
 * declaration order.
 */
export class EdgeCluster extends Chart {
  /**
   * Whether `x` is an EdgeCluster. (`instanceof` cannot tell: cdk8s's Chart answers
   * `instanceof` for every chart.)
   */
  public static isEdgeCluster(x: any): x is EdgeCluster {
    return isEdgeClusterConstruct(x);
  }

  /**
   * The EdgeCluster a construct belongs to.
   * @throws when the construct is not inside an EdgeCluster
   */
  public static enclosing(construct: IConstruct): EdgeCluster {
    const cluster = enclosingEdgeCluster(construct);
    if (cluster) return cluster as EdgeCluster;
    throw new Error(`${construct.node.path} must be defined inside an EdgeCluster: create it with an EdgeCluster (or a construct inside one) as its scope.`);
  }

  /** The platform. */
  public readonly platform: Platform;
  /** The cluster name, if declared. */
  public readonly clusterName?: string;
  /** Kubernetes version, if declared. */
  public readonly kubernetesVersion?: KubernetesVersion;
  /** Container runtime, if declared. */
  public readonly containerRuntime?: ContainerRuntime;
  /** Pod CIDR, if declared. */
  public readonly podCidr?: string;
  /** Service CIDR, if declared. */
  public readonly serviceCidr?: string;
  /** VPC CIDR, if declared. */
  public readonly vpcCidr?: string;
  /** CIDRs of other clusters in the VPC. */
  public readonly otherClusterCidrs: string[];
  /** Networks of the edge sites. */
  public readonly nodeNetworks: string[];
  /** Max pods per node, if declared. */
  public readonly maxPodsPerNode?: number;
  /** kube-proxy mode, if declared. */
  public readonly kubeProxyMode?: KubeProxyMode;
  /** Cluster specification, if declared. */
  public readonly specification?: ClusterSpecification;
  /** Whether the specification upgrades itself. */
  public readonly autoUpgradeSpecification: boolean;
  /** Whether warnings are errors. */
  public readonly warningsAsErrors: boolean;
  /** Whether TKE Edge log collection is on. */
  public readonly logCollection: boolean;
  /** Whether the cluster writes the Namespaces its objects use. */
  public readonly createNamespaces: boolean;
  /** The VPC id of the TKE Edge control plane, if declared. */
  public readonly vpcId?: string;
  /** The Tencent Cloud region, if declared. */
  public readonly region?: string;
  /** The cluster's description, if declared. */
  public readonly clusterDescription?: string;
  /** The GitOps wave. */
  public readonly wave: number;
  /** The GitOps target name, if set (`GitOpsLayout` defaults it to the construct id). */
  public readonly gitOpsName?: string;

  public constructor(scope: Construct, id: string, props: EdgeClusterProps = {}) {
    checkProps(childPath(scope, id), 'EdgeCluster', props, CLUSTER_PROPS);
    super(scope, id, { disableResourceNameHashes: true, ...props });
    brand(this, 'edgeCluster');
    this.platform = props.platform ?? Platform.SUPEREDGE;
    this.clusterName = props.clusterName;
    this.kubernetesVersion = props.kubernetesVersion;
    this.containerRuntime = props.containerRuntime;
    this.podCidr = props.podCidr;
    this.serviceCidr = props.serviceCidr;
    this.vpcCidr = props.vpcCidr;
    this.otherClusterCidrs = [...(props.otherClusterCidrs ?? [])];
    this.nodeNetworks = [...(props.nodeNetworks ?? [])];
    this.maxPodsPerNode = props.maxPodsPerNode;
    this.kubeProxyMode = props.kubeProxyMode;
    this.specification = props.specification;
    this.autoUpgradeSpecification = props.autoUpgradeSpecification ?? false;
    this.warningsAsErrors = props.warningsAsErrors ?? false;
    this.logCollection = props.logCollection ?? false;
    this.createNamespaces = props.createNamespaces ?? true;
    this.vpcId = props.vpcId;
    this.region = props.region;
    this.clusterDescription = props.clusterDescription;
    this.wave = props.wave ?? 1;
    this.gitOpsName = props.gitOpsName;
    // A validation of the tree visits the cluster before its children: start a fresh
    // pass (src/internal/cache.ts) and note the tree state it validates.
    this.node.addValidation({
      validate: () => {
        startPass(this, this.node.root);
        cached(this, this, VALIDATED, () => this.node.findAll().length);
        return [];
      },
    });
    addModelChecks(this, this);
    noteCluster(this); // for `cdk8s-superedge tke create-cluster --program`
  }

  /**
   * The body of TKE's `CreateTKEEdgeCluster` call for this cluster, as JSON data whose
   * field names are exactly those of the official SDK's `CreateTKEEdgeClusterRequest`
   * (`K8SVersion`, `VpcId`, `ClusterName`, `PodCIDR`, `ServiceCIDR`, `MaxNodePodNum`,
   * `ClusterLevel`, `AutoUpgradeClusterLevel`, `ClusterAdvancedSettings.Runtime` and
   * `.ProxyMode`, `ClusterDesc`); facts left undeclared are left out. The region is not
   * part of the body: it is `region`.
   *
   * Runs every check synthesis runs, and the request's own (a TKE Edge platform; the
   * region, VPC id, name, Kubernetes version, Pod and Service CIDRs declared and well
   * formed), and throws one error listing them all.
   *
   * Returns `any` because the SDK's PascalCase field names cannot be a jsii struct's
   * properties; the body is typed with the SDK's model inside the library.
   */
  public tkeCreateRequest(): any {
    return tkeCreateRequestOf(this);
  }

  /**
   * Adds the cluster facts to the topology model.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    const path = this.node.path;
    builder.setCluster({
      id: path,
      origin: path,
      clusterName: this.clusterName,
      platform: this.platform,
      kubernetesVersion: this.kubernetesVersion?.version,
      kubernetesMinor: this.kubernetesVersion?.minor,
      containerRuntime: this.containerRuntime,
      podCidr: this.podCidr,
      serviceCidr: this.serviceCidr,
      vpcCidr: this.vpcCidr,
      otherClusterCidrs: [...this.otherClusterCidrs],
      nodeNetworks: [...this.nodeNetworks],
      maxPodsPerNode: this.maxPodsPerNode,
      specification: this.specification ? { name: this.specification.name, maxNodes: this.specification.maxNodes } : undefined,
      autoUpgradeSpecification: this.autoUpgradeSpecification,
      vpcId: this.vpcId,
      region: this.region,
      namespace: this.namespace,
      labels: this.labels,
    });
    builder.setKplusObjects(foreignKplusObjects(this)); // SE-V01
  }

  /**
   * The manifests of this cluster, ordered by kind (cluster-level objects first), then
   * namespace, then name, so that output does not depend on declaration order.
   *
   * Like `Chart.toJson()` it validates the app first, except right after a synthesis
   * in the same task with no construct and no topology added since: the objects are
   * then rendered from the validation that synthesis just made (a change made in
   * between to a grid's containers, say, is rendered but not checked again until the
   * next synthesis).
   */
  public toJson(): any[] {
    // cdk8s's Chart.toJson() validates the whole app again and builds a dependency
    // graph of every construct to order the objects. Inside app.synth() the app was
    // validated a moment ago, in the same task, and the objects are sorted here anyway:
    // when the tree is unchanged since, render the objects directly.
    // The cache drops the noted state when the topology changes or the task ends
    // (src/internal/cache.ts); a construct added since shows in the count.
    const all = this.node.findAll();
    const validated = peekCached<number>(this, this, VALIDATED);
    if (validated !== undefined && validated === all.length) {
      return sortManifests(this.withNamespaces(all
        .filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === this)
        .map(o => o.toJson())));
    }
    return sortManifests(this.withNamespaces(super.toJson()));
  }

  /** The objects plus a Namespace for each namespace they use that nobody creates (see `createNamespaces`). */
  private withNamespaces(objects: any[]): any[] {
    if (!this.createNamespaces) return objects;
    const declared = new Set(objects.filter(o => o?.kind === 'Namespace' && o.apiVersion === 'v1').map(o => o.metadata?.name));
    const used = new Set<string>();
    for (const o of objects) {
      const ns = o?.metadata?.namespace;
      if (typeof ns === 'string' && ns !== '' && !BUILT_IN_NAMESPACES.has(ns) && !declared.has(ns)) used.add(ns);
    }
    return [...objects, ...[...used].sort().map(name => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }))];
  }
}

/** The types of the props, for callers TypeScript does not check. */
const CLUSTER_PROPS = {
  clusterName: STRING,
  platform: enumOf('Platform', Platform),
  kubernetesVersion: objectOf('a KubernetesVersion (e.g. KubernetesVersion.V1_22_5 or KubernetesVersion.of(\'1.22.5\'))', v => typeof v.version === 'string'),
  containerRuntime: enumOf('ContainerRuntime', ContainerRuntime),
  podCidr: STRING,
  serviceCidr: STRING,
  vpcCidr: STRING,
  otherClusterCidrs: STRINGS,
  nodeNetworks: STRINGS,
  maxPodsPerNode: WHOLE_NUMBER,
  kubeProxyMode: enumOf('KubeProxyMode', KubeProxyMode),
  specification: objectOf('a ClusterSpecification (e.g. ClusterSpecification.L20)', v => v instanceof ClusterSpecification),
  autoUpgradeSpecification: BOOLEAN,
  warningsAsErrors: BOOLEAN,
  createNamespaces: BOOLEAN,
  // vpcId, region and clusterDescription are checked by tkeCreateRequest() (SE-T03), which reads them.
  namespace: STRING,
  labels: CDK8S_METADATA_MAP,
  disableResourceNameHashes: BOOLEAN,
};

const VALIDATED = 'validated-tree-state';
/** Namespaces every cluster has: never written. */
const BUILT_IN_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/** Orders manifests by kind rank (src/superedge/kinds), kind, namespace, name. Internal. */
export function sortManifests(objects: any[]): any[] {
  return [...objects].sort((a, b) =>
    kindRank(a.kind) - kindRank(b.kind)
    || byString(a.kind, b.kind)
    || byString(a.metadata?.namespace ?? '', b.metadata?.namespace ?? '')
    || byString(a.metadata?.name ?? '', b.metadata?.name ?? ''));
}
