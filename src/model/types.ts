/**
 * The topology model: plain, read-only data about one cluster, which the rules read
 * instead of construct classes. It is built from the constructs of an EdgeCluster
 * (`from-constructs.ts`) or from parsed manifests (`from-manifests.ts`), through the
 * same builder (`builder.ts`). Internal: not exported from the package.
 *
 * Every element has an `id` (unique in the model) and an `origin`: where it was
 * declared, a construct path (`edge/beijing`) or `file#doc` for manifests
 * (`sites.yaml#2`). Findings are reported at the origin of the element they are about.
 *
 * This module imports nothing at run time.
 */

/** Facts of one node, as declared (all optional but the name). */
export interface ModelNode {
  readonly name: string;
  /** CPU architecture (`amd64`, `arm64`). */
  readonly architecture?: string;
  readonly defaultInterface?: string;
  /** The node's own network CIDR. */
  readonly networkCidr?: string;
  readonly gpu: boolean;
  /** Tencent CVM instance id: the node is a CVM. */
  readonly cvmInstanceId?: string;
}

/** A label selector requirement. */
export interface ModelSelectorRequirement {
  readonly key: string;
  /** `In`, `NotIn`, `Exists`, `DoesNotExist`. */
  readonly operator: string;
  readonly values?: readonly string[];
}

/** A label selector, as written. */
export interface ModelSelector {
  readonly matchLabels?: { readonly [key: string]: string };
  readonly matchExpressions?: readonly ModelSelectorRequirement[];
}

/** A taint a unit sets on its nodes. */
export interface ModelTaint {
  readonly key: string;
  readonly value?: string;
  /** `NoSchedule`, `PreferNoSchedule`, `NoExecute`. */
  readonly effect: string;
}

/** What a Kins (L4/L5) unit declares besides the unit itself. */
export interface ModelKins {
  readonly serviceCidr?: string;
  readonly nodePortRange?: string;
}

/**
 * One NodeUnit. A unit the model only knows by name (a reference, `unit-node-all`, a
 * unit named by a group but not in the given files) has `declared: false` and no
 * known members (`nodeNames` is undefined): it is unknown, never wrong.
 */
export interface ModelUnit {
  readonly id: string;
  readonly origin: string;
  readonly name: string;
  readonly declared: boolean;
  /** `edge`, `cloud`, `master`, `other`. */
  readonly type: string;
  /** `L3` (normal), `L4` / `L5` (Kins). */
  readonly autonomyLevel: string;
  readonly selector?: ModelSelector;
  /** Every declaration of a member node on this unit, in declaration order (duplicates kept). */
  readonly nodeDeclarations: readonly ModelNode[];
  /** The member nodes listed by name, sorted and unique; undefined when unknown. */
  readonly nodeNames?: readonly string[];
  /** Labels the declaration sets on the nodes (without the ones the controllers add). */
  readonly nodeLabels: { readonly [key: string]: string };
  readonly nodeAnnotations: { readonly [key: string]: string };
  /** Taints set on the nodes, including the ones the library adds (Kins: `kins:NoSchedule`). */
  readonly taints: readonly ModelTaint[];
  /** Labels of the NodeUnit object, which group selectors match. */
  readonly unitLabels: { readonly [key: string]: string };
  readonly edgeHealth?: boolean;
  /** Set for Kins units. */
  readonly kins?: ModelKins;
}

/** One NodeGroup. */
export interface ModelGroup {
  readonly id: string;
  readonly origin: string;
  readonly name: string;
  readonly declared: boolean;
  readonly selector?: ModelSelector;
  readonly autoFindNodeKeys: readonly string[];
  /**
   * Member unit ids: the ones named explicitly and the declared units the selector
   * matches, sorted by unit name. Units found through `autoFindNodeKeys` are not known.
   */
  readonly memberIds: readonly string[];
}

/**
 * One DeploymentGrid or StatefulSetGrid, from its object as synthesized or written
 * (JSON patches applied). `groupId` is the NodeGroup named by `gridUniqKey`; a group
 * that the model does not declare has `declared: false` and unknown members.
 */
export interface ModelGrid {
  readonly id: string;
  readonly origin: string;
  readonly kind: 'DeploymentGrid' | 'StatefulSetGrid';
  readonly name: string;
  readonly namespace?: string;
  readonly labels: { readonly [key: string]: string };
  /** `spec.gridUniqKey`: the NodeGroup name. */
  readonly groupName: string;
  readonly groupId: string;
  /** `spec.template`: the Deployment / StatefulSet spec. */
  readonly template: any;
  readonly templatePool: { readonly [name: string]: any };
  readonly templates: { readonly [value: string]: string };
  readonly defaultTemplateName?: string;
  /** Which grid CRDs the cluster runs: `upstream` or `pool-metadata-preserved` (the GridCrd values). */
  readonly crd: string;
}

/** One ServiceGrid. */
export interface ModelServiceGrid {
  readonly id: string;
  readonly origin: string;
  readonly name: string;
  readonly namespace?: string;
  readonly labels: { readonly [key: string]: string };
  readonly groupName: string;
  readonly groupId: string;
  /** `spec.template`: the Service spec. */
  readonly template: any;
}

/** The cluster facts; what is undefined is not checked. */
export interface ModelCluster {
  readonly id: string;
  readonly origin: string;
  readonly clusterName?: string;
  /** `superedge` or `tke-edge`. */
  readonly platform: string;
  /** e.g. `1.22.5`. */
  readonly kubernetesVersion?: string;
  /** Minor version (NaN when the version does not parse). */
  readonly kubernetesMinor?: number;
  /** `docker`, `containerd`. */
  readonly containerRuntime?: string;
  readonly podCidr?: string;
  readonly serviceCidr?: string;
  readonly vpcCidr?: string;
  readonly otherClusterCidrs: readonly string[];
  readonly nodeNetworks: readonly string[];
  readonly maxPodsPerNode?: number;
  /** The specification's name and node cap. */
  readonly specification?: { readonly name: string; readonly maxNodes: number };
  readonly autoUpgradeSpecification: boolean;
}

/** The whole model of one cluster. */
export interface TopologyModel {
  readonly cluster: ModelCluster;
  /** Declared units, sorted by name (same names in declaration order). */
  readonly units: readonly ModelUnit[];
  /** Units known only by name, by id. */
  readonly unitsById: ReadonlyMap<string, ModelUnit>;
  /** Declared groups, sorted by name (same names in declaration order). */
  readonly groups: readonly ModelGroup[];
  /** Group ids by member unit id, each list sorted by group name. */
  readonly groupsOfUnit: ReadonlyMap<string, readonly string[]>;
  /** Every group by id: the declared ones and those only named by grids (`declared: false`). */
  readonly groupsById: ReadonlyMap<string, ModelGroup>;
  /** Deployment and StatefulSet grids, in declaration order. */
  readonly grids: readonly ModelGrid[];
  /** ServiceGrids, in declaration order. */
  readonly serviceGrids: readonly ModelServiceGrid[];
}
