import * as kplus from 'cdk8s-plus-27';
import { Construct, IConstruct } from 'constructs';
import { EdgeCluster } from './edge-cluster';
import { EdgeNode, NodeArchitecture } from './edge-node';
import { LabelSelector, renderSelector } from './selectors';
import { TopologyIndex } from './topology-index';
import { brand } from '../internal/brands';
import { topologyChanged } from '../internal/cache';
import { ManifestObject } from '../internal/manifest-object';
import { nonEmpty } from '../internal/util';
import type { ModelBuilder } from '../model/builder';
import { unknownUnit } from '../model/builder';
import { toModelNode, toModelSelector } from '../model/from-props';
import type { ModelKins } from '../model/types';
import { ALL_NODES_UNIT_NAME, GPU_NODE_LABEL, GPU_NODE_LABEL_VALUE, NODE_GROUP_LABEL_VALUE, NODE_UNIT_LABEL_VALUE } from '../superedge/labels';
import { addModelChecks } from '../validation/model-checks';
import { LABEL_SELECTOR, STRING_MAP, STRINGS, TAINT } from '../validation/props/common-props';
import { allOf, BOOLEAN, checkProps, childPath, enumOf, listOf, objectOf, STRING, struct } from '../validation/props/prop-types';

// Controller facts, defined in src/superedge and re-exported here for existing imports.
export { ALL_NODES_UNIT_NAME, GPU_NODE_LABEL, NODE_UNIT_LABEL_VALUE };

/**
 * The type of a NodeUnit.
 */
export enum NodeUnitType {
  /** Edge nodes (the default; required for Kins). */
  EDGE = 'edge',
  /** Cloud nodes. */
  CLOUD = 'cloud',
  /** Master nodes. */
  MASTER = 'master',
  /** Anything else. */
  OTHER = 'other',
}

/**
 * The autonomy level of a NodeUnit (`spec.autonomyLevel`).
 */
export enum AutonomyLevel {
  /** Node autonomy only (a normal unit). */
  L3 = 'L3',
  /** The unit runs a single-master K3s cluster (Kins). */
  L4 = 'L4',
  /** The unit runs a three-master K3s cluster (Kins). */
  L5 = 'L5',
}

/**
 * A taint that a unit puts on all its nodes (`spec.setNode.taints`).
 */
export interface NodeTaint {
  /** Taint key. */
  readonly key: string;
  /**
   * Taint value.
   * @default - no value
   */
  readonly value?: string;
  /** Taint effect. */
  readonly effect: kplus.TaintEffect;
}

/**
 * A NodeUnit: declared here, or defined elsewhere and referenced.
 */
export interface INodeUnit extends IConstruct {
  /** The NodeUnit's name (the node label key `<unit>` and group label value). */
  readonly unitName: string;

  /**
   * The member nodes listed by name, sorted, when this reference knows them: a NodeUnit
   * declared here knows them (possibly none); a unit known by name only (`fromName`,
   * `allNodes`) does not.
   * @default - not known
   */
  readonly knownNodeNames?: string[];

  /**
   * Whether the unit selects member nodes by label (`spec.selector`), so that it may
   * have nodes that are not listed by name.
   * @default false
   */
  readonly selectsNodes?: boolean;
}

/**
 * Properties of a NodeUnit.
 */
export interface NodeUnitProps {
  /**
   * The NodeUnit's name: a node label key and value, so lower-case, at most 63
   * characters.
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * Member nodes by name.
   * @default - none
   */
  readonly nodes?: string[];

  /**
   * Member nodes with their facts (architecture, GPU, CVM id, network).
   * @default - none
   */
  readonly edgeNodes?: EdgeNode[];

  /**
   * Select member nodes by label (matchLabels / matchExpressions). An empty selector
   * selects nothing.
   * @default - no selector
   */
  readonly selector?: LabelSelector;

  /**
   * The unit's type.
   * @default NodeUnitType.EDGE
   */
  readonly type?: NodeUnitType;

  /**
   * Labels set on every member node (`spec.setNode.labels`). The unit's own label and
   * its groups' labels are added by the library.
   * @default - none
   */
  readonly nodeLabels?: { [key: string]: string };

  /**
   * Annotations set on every member node (`spec.setNode.annotations`).
   * @default - none
   */
  readonly nodeAnnotations?: { [key: string]: string };

  /**
   * Taints set on every member node (`spec.setNode.taints`). On a normal (L3) unit,
   * SuperEdge strips `NoSchedule` taints and taints with key `kins`: use
   * `PreferNoSchedule` or `NoExecute`.
   * @default - none
   */
  readonly nodeTaints?: NodeTaint[];

  /**
   * Mark the unit unschedulable (`spec.unschedulable`; recorded, not acted on by
   * SuperEdge at the pinned commit).
   * @default false
   */
  readonly unschedulable?: boolean;

  /**
   * Labels on the NodeUnit object itself, which NodeGroup selectors match.
   * @default - none
   */
  readonly unitLabels?: { [key: string]: string };

  /**
   * Switch edge-health checking on (or off) for this unit: an `EdgeHealth` in
   * multi-region mode checks the units that set `true` besides its `checkUnits`.
   * @default - not set: the unit is checked only when an EdgeHealth lists it
   */
  readonly edgeHealth?: boolean;
}

class NodeUnitReference extends Construct implements INodeUnit {
  /** Not known: the unit is defined elsewhere. */
  public readonly knownNodeNames?: string[] = undefined;

  public constructor(scope: Construct, id: string, public readonly unitName: string) {
    checkProps(childPath(scope, id), 'NodeUnit.fromName()', { name: unitName }, { name: STRING }, ['name']);
    super(scope, id);
  }

  /** A unit known by name only: its members are unknown. @internal */
  public _contributeToModel(builder: ModelBuilder): void {
    builder.addUnit(unknownUnit(this.node.path, this.node.path, this.unitName));
  }
}

/**
 * One edge site: a SuperEdge NodeUnit (`site.superedge.io/v1alpha2`).
 *
 * Nodes inside a unit can reach each other. The library writes what the controllers
 * would otherwise add, so that GitOps tools see no drift: the unit's own label
 * `<unit>: nodeunits.superedge.io` and each group's `<group>: <unit>` in
 * `spec.setNode.labels`, and `<group>: nodegroups.superedge.io` on the unit.
 */
export class NodeUnit extends Construct implements INodeUnit {
  /**
   * A unit defined elsewhere (e.g. by another team's GitOps repository): usable as a
   * group member or grid target, never emitted, and not checked.
   */
  public static fromName(scope: Construct, id: string, name: string): INodeUnit {
    return new NodeUnitReference(scope, id, name);
  }

  /**
   * The platform's default unit `unit-node-all`, which site-manager creates and which
   * holds every node. Never emitted.
   */
  public static allNodes(scope: Construct, id: string = 'unit-node-all'): INodeUnit {
    return new NodeUnitReference(scope, id, ALL_NODES_UNIT_NAME);
  }

  /** The NodeUnit's name. */
  public readonly unitName: string;
  /** The unit's type. */
  public readonly unitType: NodeUnitType;
  /** The node selector, if any. */
  public readonly selector?: LabelSelector;
  /** Whether the unit is marked unschedulable. */
  public readonly unschedulable: boolean;
  /** The cluster this unit belongs to. */
  public readonly cluster: EdgeCluster;
  /** Edge-health switch of this unit, if set (see `NodeUnitProps.edgeHealth`). */
  public readonly edgeHealth?: boolean;

  private readonly nodeMap = new Map<string, EdgeNode[]>();
  /** `_nodeDeclarations()`, until a node is added. */
  private declarations?: EdgeNode[];
  private sortedNames?: string[];
  private readonly labels: { [key: string]: string };
  private readonly annotations: { [key: string]: string };
  private readonly taints: NodeTaint[];
  private readonly metaLabels: { [key: string]: string };

  public constructor(scope: Construct, id: string, props: NodeUnitProps = {}) {
    checkProps(childPath(scope, id), new.target.name, props, NODE_UNIT_PROPS);
    super(scope, id);
    brand(this, 'nodeUnit');
    this.cluster = EdgeCluster.enclosing(this);
    this.unitName = props.name ?? id;
    this.unitType = props.type ?? NodeUnitType.EDGE;
    this.selector = props.selector;
    this.unschedulable = props.unschedulable ?? false;
    this.labels = { ...(props.nodeLabels ?? {}) };
    this.annotations = { ...(props.nodeAnnotations ?? {}) };
    this.taints = [...(props.nodeTaints ?? [])];
    this.metaLabels = { ...(props.unitLabels ?? {}) };
    this.edgeHealth = props.edgeHealth;
    for (const n of props.nodes ?? []) this.addNode(n);
    for (const n of props.edgeNodes ?? []) this.addEdgeNode(n);

    new ManifestObject(this, 'Resource', {
      apiVersion: 'site.superedge.io/v1alpha2',
      kind: 'NodeUnit',
      name: this.unitName,
      clusterScoped: true,
    }, () => this.render());
    addModelChecks(this, this.cluster);
    topologyChanged(this.cluster);
  }

  /**
   * Adds this unit to the topology model.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    const path = this.node.path;
    builder.addUnit({
      id: path,
      origin: path,
      name: this.unitName,
      declared: true,
      type: this.unitType,
      autonomyLevel: this.autonomyLevel,
      selector: toModelSelector(this.selector),
      nodeDeclarations: this._nodeDeclarations().map(toModelNode),
      nodeNames: this.nodeNames,
      nodeLabels: this.nodeLabels,
      nodeAnnotations: { ...this.annotations },
      taints: this.nodeTaints.map(t => ({ key: t.key, value: t.value, effect: t.effect })),
      unitLabels: this.unitLabels,
      edgeHealth: this.edgeHealth,
      kins: this._kinsFacts(),
    });
  }

  /**
   * What a Kins unit declares besides the unit (undefined for a normal unit).
   * @internal
   */
  public _kinsFacts(): ModelKins | undefined {
    return undefined;
  }

  /** Adds member nodes by name. */
  public addNode(...names: string[]): void {
    checkProps(this.node.path, 'NodeUnit.addNode()', { names }, { names: STRINGS });
    for (const name of names) this.addEdgeNode(EdgeNode.named(name));
  }

  /** Adds a member node with its facts. */
  public addEdgeNode(node: EdgeNode): void {
    checkProps(this.node.path, 'NodeUnit.addEdgeNode()', { node }, { node: EDGE_NODE }, ['node']);
    const list = this.nodeMap.get(node.name) ?? [];
    list.push(node);
    this.nodeMap.set(node.name, list);
    this.sortedNames = undefined;
    this.declarations = undefined;
    topologyChanged(this.cluster);
  }

  /** Adds a label to set on every member node. */
  public addNodeLabel(key: string, value: string): void {
    checkProps(this.node.path, 'NodeUnit.addNodeLabel()', { key, value }, { key: STRING, value: STRING }, ['key', 'value']);
    this.labels[key] = value;
    topologyChanged(this.cluster); // the index knows which label keys units use
  }

  /** Adds a taint to set on every member node. */
  public addNodeTaint(taint: NodeTaint): void {
    checkProps(this.node.path, 'NodeUnit.addNodeTaint()', { taint }, { taint: TAINT }, ['taint']);
    this.taints.push(taint);
  }

  /** The member nodes listed by name, sorted (`nodeNames`): a declared unit knows them. */
  public get knownNodeNames(): string[] | undefined {
    return this.nodeNames;
  }

  /** Whether the unit has a node selector. */
  public get selectsNodes(): boolean | undefined {
    return this.selector !== undefined;
  }

  /** Names of the member nodes listed by name, sorted. */
  public get nodeNames(): string[] {
    if (!this.sortedNames) this.sortedNames = [...this.nodeMap.keys()].sort();
    return [...this.sortedNames];
  }

  /**
   * The member nodes listed by name, sorted by name, with the facts declared for them
   * anywhere in the cluster.
   */
  public get edgeNodes(): EdgeNode[] {
    const index = TopologyIndex.of(this.cluster);
    return this.nodeNames.map(n => index.node(n));
  }

  /**
   * Every declaration of member nodes made on this unit (for the cluster index).
   * @internal
   */
  public _nodeDeclarations(): EdgeNode[] {
    // Computed once per change of the nodes (the index asks on every rebuild).
    if (!this.declarations) this.declarations = [...this.nodeMap.values()].flat();
    return [...this.declarations];
  }

  /** Labels on the NodeUnit object itself, as declared. */
  public get unitLabels(): { [key: string]: string } {
    return { ...this.metaLabels };
  }

  /** Labels the user asked to set on the nodes (without the ones the library adds). */
  public get nodeLabels(): { [key: string]: string } {
    return { ...this.labels };
  }

  /** The taints set on the member nodes, including the ones the library adds. */
  public get nodeTaints(): NodeTaint[] {
    return [...this.taints, ...this.extraTaints()];
  }

  /** The autonomy level: L3 for a normal unit. */
  public get autonomyLevel(): AutonomyLevel {
    return AutonomyLevel.L3;
  }

  /**
   * Labels every member node will carry through this unit: the user's, the unit's own
   * label, each group's label and the GPU label.
   */
  public get effectiveNodeLabels(): { [key: string]: string } {
    const out: { [key: string]: string } = { ...this.labels };
    const nodes = this.edgeNodes;
    if (nodes.length > 0 && nodes.every(n => n.gpu)) out[GPU_NODE_LABEL] = GPU_NODE_LABEL_VALUE;
    for (const g of TopologyIndex.of(this.cluster).groupsOf(this)) out[g.groupName] = this.unitName;
    out[this.unitName] = NODE_UNIT_LABEL_VALUE;
    return out;
  }

  /** Taints the library adds (Kins units add `kins:NoSchedule`). */
  protected extraTaints(): NodeTaint[] {
    return [];
  }

  /** Fields of `spec` the subclass adds (Kins units add `unitClusterInfo`). */
  protected extraSpec(): { [key: string]: any } {
    return {};
  }

  /** Annotations on the NodeUnit object the subclass adds. */
  protected extraAnnotations(): { [key: string]: string } {
    return {};
  }

  private render() {
    const groupLabels: { [key: string]: string } = {};
    for (const g of TopologyIndex.of(this.cluster).groupsOf(this)) groupLabels[g.groupName] = NODE_GROUP_LABEL_VALUE;
    return {
      labels: nonEmpty({ ...this.metaLabels, ...groupLabels }),
      annotations: nonEmpty(this.extraAnnotations()),
      body: {
        spec: {
          type: this.unitType,
          unschedulable: this.unschedulable,
          autonomyLevel: this.autonomyLevel,
          nodes: nonEmpty(this.nodeNames),
          selector: renderSelector(this.selector),
          setNode: {
            labels: this.effectiveNodeLabels,
            annotations: nonEmpty(this.annotations),
            taints: nonEmpty(this.nodeTaints.map(t => ({ key: t.key, value: t.value, effect: t.effect }))),
          },
          ...this.extraSpec(),
        },
      },
    };
  }
}

/** An EdgeNode whose facts have the declared types. */
const EDGE_NODE = allOf('an EdgeNode (new EdgeNode({ name }))',
  objectOf('an EdgeNode (new EdgeNode({ name }))', v => v instanceof EdgeNode),
  struct('an EdgeNode (new EdgeNode({ name }))', {
    name: STRING,
    architecture: enumOf('NodeArchitecture', NodeArchitecture),
    defaultInterface: STRING,
    networkCidr: STRING,
    gpu: BOOLEAN,
    cvmInstanceId: STRING,
  }, ['name']));

/** The types of the props, for callers TypeScript does not check. */
const NODE_UNIT_PROPS = {
  name: STRING,
  nodes: STRINGS,
  edgeNodes: listOf(EDGE_NODE),
  selector: LABEL_SELECTOR,
  type: enumOf('NodeUnitType', NodeUnitType),
  nodeLabels: STRING_MAP,
  nodeAnnotations: STRING_MAP,
  nodeTaints: listOf(TAINT),
  unschedulable: BOOLEAN,
  unitLabels: STRING_MAP,
  edgeHealth: BOOLEAN,
};
