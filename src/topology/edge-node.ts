/**
 * CPU architecture of an edge node.
 */
export enum NodeArchitecture {
  /** x86_64 / amd64. */
  AMD64 = 'amd64',
  /** ARM64 / aarch64. */
  ARM64 = 'arm64',
  /** 32-bit ARM. */
  ARM = 'arm',
}

/**
 * Facts about one edge node.
 */
export interface EdgeNodeProps {
  /**
   * The Kubernetes node name: a DNS-1123 subdomain, unique in the cluster, never a
   * bare IP address (logs and exec break).
   */
  readonly name: string;

  /**
   * CPU architecture.
   * @default - not known
   */
  readonly architecture?: NodeArchitecture;

  /**
   * The default network interface given to `edgectl install` (a wrong value breaks
   * flannel and coredns). Recorded for documentation; not emitted.
   * @default - not known
   */
  readonly defaultInterface?: string;

  /**
   * The node's own network (CIDR). Checked not to overlap the Pod and Service CIDRs.
   * @default - not known
   */
  readonly networkCidr?: string;

  /**
   * Whether the node has an NVIDIA GPU. Its unit labels it `nvidia-device-enable=enable`
   * so the nvidia device plugin runs there.
   * @default false
   */
  readonly gpu?: boolean;

  /**
   * The Tencent Cloud CVM instance id, for CVM nodes (needed for ENI).
   * @default - not a CVM node
   */
  readonly cvmInstanceId?: string;
}

/**
 * A declared edge node: what the library can know about a node before it joins.
 * Units take these instead of (or besides) bare node names.
 */
export class EdgeNode {
  /** A node known only by name. */
  public static named(name: string): EdgeNode {
    return new EdgeNode({ name });
  }

  /** Node name. */
  public readonly name: string;
  /** CPU architecture, if known. */
  public readonly architecture?: NodeArchitecture;
  /** Default network interface, if known. */
  public readonly defaultInterface?: string;
  /** The node's own network CIDR, if known. */
  public readonly networkCidr?: string;
  /** Whether the node has an NVIDIA GPU. */
  public readonly gpu: boolean;
  /** Tencent CVM instance id, if a CVM node. */
  public readonly cvmInstanceId?: string;

  public constructor(props: EdgeNodeProps) {
    // Checked where the node is used (its unit has a construct path); null props from a
    // JavaScript caller leave the name undefined, which the unit refuses.
    props = props ?? ({} as EdgeNodeProps);
    this.name = props.name;
    this.architecture = props.architecture;
    this.defaultInterface = props.defaultInterface;
    this.networkCidr = props.networkCidr;
    this.gpu = props.gpu ?? false;
    this.cvmInstanceId = props.cvmInstanceId;
  }

  /** Whether the node is a Tencent Cloud CVM instance. */
  public get isCvm(): boolean {
    return this.cvmInstanceId !== undefined;
  }
}
