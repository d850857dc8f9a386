/**
 * Which platform runs the cluster's SuperEdge components.
 */
export enum Platform {
  /**
   * Open-source SuperEdge (edgeadm): the library emits everything a feature needs,
   * including add-on workloads such as per-unit ingress controllers.
   */
  SUPEREDGE = 'superedge',
  /**
   * Tencent Cloud TKE Edge: platform add-ons run some components (NginxIngress,
   * edge-health, http-proxy webhook); the library emits only what the user owns.
   */
  TKE_EDGE = 'tke-edge',
}

/**
 * The Kubernetes version of the edge cluster.
 */
export class KubernetesVersion {
  /** Kubernetes 1.18.2 (TKE Edge). */
  public static readonly V1_18_2 = new KubernetesVersion('1.18.2');
  /** Kubernetes 1.20.6 (TKE Edge). */
  public static readonly V1_20_6 = new KubernetesVersion('1.20.6');
  /** Kubernetes 1.22.5 (TKE Edge); the only one Kins supports. */
  public static readonly V1_22_5 = new KubernetesVersion('1.22.5');

  /** Any other version, e.g. for an open-source SuperEdge cluster: `major.minor.patch`. */
  public static of(version: string): KubernetesVersion {
    return new KubernetesVersion(version);
  }

  /** The minor version, e.g. 22 for 1.22.5; NaN when the version does not parse. */
  public readonly minor: number;

  private constructor(
    /** The version text, e.g. `1.22.5`. */
    public readonly version: string,
  ) {
    const m = /^v?1\.(\d+)(\.\d+)?$/.exec(version);
    this.minor = m ? Number(m[1]) : NaN;
  }
}

/**
 * The container runtime of the cluster's nodes.
 */
export enum ContainerRuntime {
  /** Docker. */
  DOCKER = 'docker',
  /** containerd (required by Kins). */
  CONTAINERD = 'containerd',
}

/**
 * kube-proxy's mode.
 */
export enum KubeProxyMode {
  /** iptables. */
  IPTABLES = 'iptables',
  /** IPVS. */
  IPVS = 'ipvs',
}

/**
 * The TKE Edge cluster specification, which caps the cluster's size.
 */
export class ClusterSpecification {
  /** L5: 5 nodes, 150 pods, 32 ConfigMaps, 150 CRDs. */
  public static readonly L5 = new ClusterSpecification('L5', 5);
  /** L20: 20 nodes. */
  public static readonly L20 = new ClusterSpecification('L20', 20);
  /** L50: 50 nodes. */
  public static readonly L50 = new ClusterSpecification('L50', 50);
  /** L100: 100 nodes. */
  public static readonly L100 = new ClusterSpecification('L100', 100);
  /** L200: 200 nodes. */
  public static readonly L200 = new ClusterSpecification('L200', 200);
  /** L500: 500 nodes. */
  public static readonly L500 = new ClusterSpecification('L500', 500);
  /** L1000: 1000 nodes. */
  public static readonly L1000 = new ClusterSpecification('L1000', 1000);

  private constructor(
    /** The specification's name, e.g. `L20`. */
    public readonly name: string,
    /** The most nodes the specification allows. */
    public readonly maxNodes: number,
  ) {}
}
