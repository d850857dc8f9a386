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
 * This module imports nothing at run time (the catalogue's raw records and capacity
 * figures are types of src/catalog, imported as types).
 */
import type { Demand, SiteAllocatable } from '../catalog/checks/capacity';
import type { RawSite } from '../catalog/raw-catalog';
import type { CsvRow } from '../catalog/read-csv';

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
  /**
   * The id of the very group the declaration holds, when it holds one (constructs: the
   * path of the grid's `nodeGroup`; a `NodeGroup.fromName` reference is no element of
   * the model, so its members are unknown, even if a group of that name is declared);
   * undefined when the group is known by name only (manifests): `groupId` then. The
   * controller preview expands the grid over this group's members.
   */
  readonly nodeGroupId?: string;
  /** `spec.template`: the Deployment / StatefulSet spec. */
  readonly template: any;
  readonly templatePool: { readonly [name: string]: any };
  readonly templates: { readonly [value: string]: string };
  readonly defaultTemplateName?: string;
  /** Which grid CRDs the cluster runs: `upstream` or `pool-metadata-preserved` (the GridCrd values). */
  readonly crd: string;
  /**
   * The per-site overrides as declared, in declaration order (duplicates kept); undefined
   * when not known (manifests hold only the resulting pool, where duplicates are gone).
   */
  readonly overrides?: readonly ModelGridOverride[];
  /** StatefulSetGrid: the id of the ServiceGrid it names (`template.serviceName`); undefined when unknown. */
  readonly serviceGridId?: string;
  /** The override of the sites without their own (`overrideOtherSites`), as declared; undefined when none or unknown. */
  readonly otherSites?: ModelGridOtherSites;
  /** The grid object's annotations (`metadata.annotations`), as written; undefined when none. */
  readonly annotations?: { readonly [key: string]: string };
}

/** The override of the sites without their own: the pool entry `defaultTemplateName` names. */
export interface ModelGridOtherSites {
  readonly templateName: string;
  /** What it changes, as comparable JSON (as ModelGridOverride.signature). */
  readonly signature: string;
  readonly replicas?: number;
}

/** One per-site override of a grid, as declared. */
export interface ModelGridOverride {
  /** The unit name (the grid key's value). */
  readonly unit: string;
  readonly templateName: string;
  /** What the override changes, as comparable JSON (two overrides sharing a templateName must agree). */
  readonly signature: string;
  readonly containerName?: string;
  /** Whether it changes a container (image, env or resources). */
  readonly changesContainer: boolean;
  readonly replicas?: number;
  /** The container resources it sets, as rendered (`{ requests, limits }`); undefined when it sets none. */
  readonly resources?: unknown;
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
  /** The selector's match expressions (a Service selects by labels only); undefined when none or unknown. */
  readonly selectorExpressions?: readonly ModelSelectorRequirement[];
  /** The id of the grid whose pods it selects, when it was given a grid; undefined when unknown. */
  readonly selectsGridId?: string;
  /** The ServiceGrid object's annotations (`metadata.annotations`), as written; undefined when none. */
  readonly annotations?: { readonly [key: string]: string };
  /** The ports as declared (numbers only; a named target port is left out); undefined when unknown. */
  readonly ports?: readonly ModelServicePort[];
  /**
   * False when it has no selector of its own and takes the one of the StatefulSetGrid
   * naming it (constructs know); undefined: it has one of its own when
   * `template.selector` is not empty.
   */
  readonly ownSelector?: boolean;
}

/** A port of a ServiceGrid as declared. */
export interface ModelServicePort {
  readonly port?: number;
  readonly targetPort?: number;
  readonly nodePort?: number;
  /** `TCP` when not given. */
  readonly protocol?: string;
}

/**
 * An object other than the library's own that carries the grid-selector label
 * (`superedge.io/grid-selector`): the grid controllers adopt and delete it.
 */
export interface ModelLabelledObject {
  readonly origin: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /** The label's value: the grid it claims to belong to. */
  readonly gridSelector: string;
}

/**
 * A workload (Deployment, Pod, grid, ...) with add-on facts: GPU placement, ENI,
 * cross-region proxy. Known from constructs (GpuPlacement.check, Eni.enable,
 * CrossRegionAccess.enable); undefined parts are not checked.
 */
export interface ModelWorkload {
  readonly id: string;
  readonly origin: string;
  /** The name findings use (the construct id). */
  readonly name: string;
  /** Containers and init containers of the pod spec, as rendered. */
  readonly containers: readonly any[];
  /** GPU placement: the ids of the units it deploys to. */
  readonly gpuUnitIds?: readonly string[];
  readonly eni?: ModelEni;
  readonly proxy?: ModelProxy;
}

/** A unit as an add-on names it: by element id when known, always by name. */
export interface ModelUnitRef {
  readonly id?: string;
  readonly name: string;
}

/**
 * One edge-health declaration: an EdgeHealth construct, or an `edge-health-config`
 * ConfigMap in manifests (which hold the mode and `check-units` only; the DaemonSet and
 * HMAC facts are then unknown and taken as absent).
 */
export interface ModelEdgeHealth {
  readonly id: string;
  readonly origin: string;
  readonly namespace: string;
  /** `off`, `all-nodes`, `units`, `no-eviction` (the EdgeHealthMode values). */
  readonly mode: string;
  /** The units listed in `checkUnits`, in declaration order. */
  readonly listed: readonly ModelUnitRef[];
  /** The names in `check-units` (listed units and units that switch edge-health on), sorted. */
  readonly checkUnitNames: readonly string[];
  readonly daemonSet: boolean;
  /** Whether the DaemonSet has an HMAC key. */
  readonly hmacKey: boolean;
  /** Whether edge-health-admission has a TLS source (`admissionTls`), hence is emitted on open-source SuperEdge. */
  readonly admissionTls: boolean;
  /** The name of its DaemonSet, ServiceAccount and RBAC objects; undefined when unknown (manifests). */
  readonly name?: string;
  /** The edge-health container's resources, as rendered (`{ requests, limits }`); undefined when not given. */
  readonly resources?: unknown;
}

/** One rule of a multi-region ingress. */
export interface ModelIngressRule {
  readonly host?: string;
  readonly path?: string;
  readonly pathType?: string;
  readonly port: number;
  /** The id of the ServiceGrid backend, when it is one. */
  readonly serviceGridId?: string;
  readonly serviceName?: string;
}

/** A unit of a multi-region ingress, with the names derived for it. */
export interface ModelIngressUnit extends ModelUnitRef {
  readonly ingressName: string;
  readonly ingressClassName: string;
  readonly controllerName: string;
  /** The controller nodes of this unit (a subset of controllerNodes), undefined when not restricted. */
  readonly controllerNodes?: readonly string[];
}

/** One MultiRegionIngress: an Ingress and IngressClass per unit (and controllers when it emits them). */
export interface ModelIngress {
  readonly id: string;
  readonly origin: string;
  readonly name: string;
  readonly namespace?: string;
  readonly units: readonly ModelIngressUnit[];
  readonly rules: readonly ModelIngressRule[];
  /** Whether the library emits the per-unit ingress controllers (DaemonSets on host ports). */
  readonly emitsControllers: boolean;
  /** The nodes the controllers are restricted to, if any. */
  readonly controllerNodes?: readonly string[];
  /** The unit names as listed in `nodeUnits` (duplicates kept; `units` holds each once); undefined when unknown. */
  readonly listedUnitNames?: readonly string[];
  /** The namespace of the controllers (when emitted); undefined when unknown. */
  readonly controllerNamespace?: string;
  /** The keys of `nginxConfig` as declared; undefined when none or unknown. */
  readonly nginxConfigKeys?: readonly string[];
  /** The controllers' container resources, as rendered (`{ requests, limits }`); undefined when not given. */
  readonly controllerResources?: unknown;
}

/** An add-on the cluster declares (e.g. `eni`: the TKE Edge ENI add-on with its key pair). */
export interface ModelAddOn {
  readonly origin: string;
  readonly kind: string;
}

/** What Eni.enable() declared for a workload. */
export interface ModelEni {
  /** The nodes the pods were pinned to when enabled. */
  readonly pinnedNodes: readonly string[];
  /** The nodes of its units and nodes now. */
  readonly targetNodes: readonly string[];
  /** Whether the workload has scheduling to pin it. */
  readonly canPin: boolean;
}

/** What CrossRegionAccess.enable() did to a workload. */
export interface ModelProxy {
  readonly proxyUrl: string;
  /** The no_proxy value written (comma-separated), when the env is set. */
  readonly noProxy?: string;
  /** Proxy env the containers already set to other values (`container: NAME=value`). */
  readonly conflicts: readonly string[];
  /** Containers added after enable(), which have no proxy env. */
  readonly lateContainers: readonly string[];
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
  /** The TKE Edge control plane's VPC id (`vpc-...`). */
  readonly vpcId?: string;
  /** The Tencent Cloud region, e.g. `ap-guangzhou`. */
  readonly region?: string;
  /** The namespace of the cluster's objects (the chart's `namespace`), if given. */
  readonly namespace?: string;
  /** The labels of every object of the cluster (the chart's `labels`), if given. */
  readonly labels?: { readonly [key: string]: string };
}

/** The ports a pod takes on its node: with `hostNetwork` every container port, otherwise each `hostPort`. */
export interface ModelHostPort {
  readonly port: number;
  /** `TCP`, `UDP` or `SCTP`. */
  readonly protocol: string;
  /** The container that declares it. */
  readonly container: string;
}

/** The pod facts of a workload object (Deployment, DaemonSet, StatefulSet, Job, CronJob, Pod, ReplicaSet). */
export interface ModelPod {
  readonly hostNetwork: boolean;
  readonly hostPorts: readonly ModelHostPort[];
  readonly nodeSelector: { readonly [key: string]: string };
  /** Images of the containers and init containers, with `runAsNonRoot` and `runAsUser` as resolved from pod and container. */
  readonly containers: readonly { readonly name: string; readonly image?: string; readonly runAsNonRoot?: boolean; readonly runAsUser?: number }[];
}

/**
 * Any Kubernetes object that is applied to the cluster (or to a Kins unit's own
 * cluster), the library's and the user's: what the rules about API versions, ports
 * and images read.
 */
export interface ModelObject {
  readonly id: string;
  readonly origin: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  /**
   * The Kubernetes minor version of the unit cluster it is applied to (22 inside a
   * Kins unit's own cluster); undefined for the parent cluster's objects, to which the
   * cluster's declared version applies.
   */
  readonly kubernetesMinor?: number;
  /** Whether it goes to a Kins unit's own cluster rather than to the parent cluster. */
  readonly inUnitCluster: boolean;
  /** Whether the library itself writes it (it then adapts it to the version, rather than refusing it). */
  readonly ownedByLibrary: boolean;
  /** Pod facts, for workload kinds. */
  readonly pod?: ModelPod;
  /**
   * The origin of the chart that writes it (the cluster's, or a nested chart's: a Kins
   * unit cluster, another EdgeCluster); undefined for manifests.
   */
  readonly chartOrigin?: string;
}

/**
 * A problem a catalogue's reader met in its source (unreadable file, syntax, shape),
 * with the rule it belongs to; the rule reports it.
 */
export interface ModelSourceProblem {
  readonly ruleId: string;
  readonly message: string;
  readonly fix: string;
}

/**
 * A site catalogue (`SiteCatalog`): its sites as read, every value with its place in the
 * file (`file:line:col` or a record path), for the SE-F rules.
 */
export interface ModelCatalogue {
  readonly id: string;
  readonly origin: string;
  /** The file path as given, or `the records`. */
  readonly source: string;
  /** The source could not be read at all (selections of it are then not checked). */
  readonly unreadable: boolean;
  readonly readerProblems: readonly ModelSourceProblem[];
  readonly sites: readonly RawSite[];
  /** CSV catalogues: the rows (SE-F05 compares a site's rows). */
  readonly csvRows?: readonly CsvRow[];
  /** Every attribute some valid site has. */
  readonly attributes: readonly string[];
}

/** A selection of a catalogue's sites where it is used (a NodeGroup, `overrideSites`, a rollout wave). */
export interface ModelSelectionUse {
  /** The consumer's origin: findings are reported there. */
  readonly origin: string;
  readonly catalogueId: string;
  /** e.g. `NodeGroup "north"`, `wave 2 of GridRollout "web-1-5"`. */
  readonly usedBy: string;
  /** The selection as written. */
  readonly description: string;
  readonly criteria: { readonly [key: string]: string };
  /** The sites it selects, sorted. */
  readonly siteNames: readonly string[];
}

/** What an override (of a site, or of a rollout) changes; `resources` only needs to be set or not. */
export interface ModelOverride {
  readonly replicas?: number;
  readonly image?: string;
  readonly env?: { readonly [name: string]: string };
  readonly resources?: unknown;
  readonly containerName?: string;
}

/** A rollout in waves (`GridRollout`). */
export interface ModelRollout {
  readonly id: string;
  readonly origin: string;
  readonly name: string;
  /** The grid's element id (its origin). */
  readonly gridId: string;
  readonly gridName: string;
  /** The container an override without `containerName` changes. */
  readonly firstContainer?: string;
  readonly override: ModelOverride;
  /** The waves in order: the selection uses that pick their sites. */
  readonly waves: readonly ModelSelectionUse[];
  readonly currentWave: number;
  /** The grid's own overrides of the sites this rollout has reached. */
  readonly ownOverrides: ReadonlyArray<{ readonly site: string; readonly override: ModelOverride }>;
}

/**
 * What each site of a catalogue has to give and what lands there (grid pods, DaemonSets,
 * platform agents), for the capacity rules: the figures of `catalog/checks/capacity.ts`.
 */
export interface ModelCapacity {
  readonly origin: string;
  readonly source: string;
  readonly sites: readonly SiteAllocatable[];
  /** What lands on the sites besides the grids' pods (DaemonSets, platform agents); the grids' are derived from `grids` (src/catalog/grid-demands.ts). */
  readonly demands: readonly Demand[];
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
  /** Site catalogues, in declaration order. */
  readonly catalogues: readonly ModelCatalogue[];
  /** Where selections of catalogue sites are used, in declaration order. */
  readonly selectionUses: readonly ModelSelectionUse[];
  /** Rollouts in waves, in declaration order. */
  readonly rollouts: readonly ModelRollout[];
  /** Capacity figures per catalogue. */
  readonly capacities: readonly ModelCapacity[];
  /** Every Kubernetes object of the cluster and its unit clusters, in declaration order. */
  readonly objects: readonly ModelObject[];
  /** Objects of a cdk8s-plus line other than the library's (constructs only), in tree order. */
  readonly kplusObjects: readonly ModelKplusObject[];
  /** Objects (not the library's own) carrying the grid-selector label, in declaration order. */
  readonly labelledObjects: readonly ModelLabelledObject[];
  /** Workloads with add-on facts, in declaration order (one entry per helper that declared facts). */
  readonly workloads: readonly ModelWorkload[];
  /** Add-ons declared, in declaration order. */
  readonly addOns: readonly ModelAddOn[];
  /** edge-health declarations, in declaration order. */
  readonly edgeHealths: readonly ModelEdgeHealth[];
  /** Multi-region ingresses, in declaration order. */
  readonly ingresses: readonly ModelIngress[];
  /** References to what another EdgeCluster declares (constructs only), in declaration order; undefined when none are known. */
  readonly crossClusterReferences?: readonly ModelCrossClusterReference[];
}

/**
 * A reference an element holds to a construct of another EdgeCluster (a grid on a
 * NodeGroup of another cluster, ...). Only constructs can make one: manifests name what
 * they use, and the names resolve in the cluster they are applied to.
 */
export interface ModelCrossClusterReference {
  /** The referring element's origin. */
  readonly origin: string;
  /** How findings name the referring element, e.g. `DeploymentGrid "web"`. */
  readonly what: string;
  /** The prop or method that holds the reference, e.g. `nodeGroup`, `overrideSite()`. */
  readonly prop: string;
  /** What it references: `NodeUnit`, `NodeGroup`, `ServiceGrid`, `grid`. */
  readonly kind: string;
  readonly name: string;
  /** Where the target is declared (its construct path). */
  readonly targetOrigin: string;
  /** The name (construct id) of the EdgeCluster that declares the target. */
  readonly targetCluster: string;
  /** The name (construct id) of the referring element's own EdgeCluster. */
  readonly ownCluster: string;
}

/**
 * An object of another cdk8s-plus line (`cdk8s-plus-33`) found in the cluster: a
 * construct, or an object given to a cdk8s-plus-27 pod or grid. jsii names its class.
 */
export interface ModelKplusObject {
  /** Where: a construct path, then the field path inside it (`edge/web.containers[0].mounts[0].volume`). */
  readonly where: string;
  /** Its jsii class (`cdk8s-plus-33.Volume`). */
  readonly fqn: string;
  /** Its line (`cdk8s-plus-33`). */
  readonly line: string;
}
