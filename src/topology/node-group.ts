import { Construct, IConstruct } from 'constructs';
import { EdgeCluster } from './edge-cluster';
import { NodeGroupWorkload, renderWorkloads, workloadProblem } from './node-group-workload';
import { INodeUnit } from './node-unit';
import { LabelSelector, renderSelector } from './selectors';
import { TopologyIndex } from './topology-index';
import { brand } from '../internal/brands';
import { topologyChanged } from '../internal/cache';
import { ManifestObject } from '../internal/manifest-object';
import { nonEmpty } from '../internal/util';
import type { ModelBuilder } from '../model/builder';
import { toModelSelector } from '../model/from-props';
import { addModelChecks } from '../validation/model-checks';
import { LABEL_SELECTOR, STRINGS, UNIT_REF } from '../validation/props/common-props';
import { checkProps, childPath, listOf, STRING } from '../validation/props/prop-types';
import { addCrossClusterReferences } from '../validation/props/references';

/**
 * A NodeGroup: declared here, or defined elsewhere and referenced by name.
 */
export interface INodeGroup extends IConstruct {
  /** The group's name: the node label key whose values are the member units' names. */
  readonly groupName: string;

  /**
   * The member units, sorted by name, when this reference knows them: a NodeGroup
   * declared here knows its explicit members and the declared units its selector
   * matches (not the units `autoFindNodeKeys` discovers); a group referenced by name
   * (`fromName`) does not.
   * @default - not known
   */
  readonly knownMembers?: INodeUnit[];
}

/**
 * Properties of a NodeGroup.
 */
export interface NodeGroupProps {
  /**
   * The group's name: a node label key (lower-case, at most 63 characters), different
   * from every unit name. Grids use it as their `gridUniqKey`.
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * Member units. A node may be in at most one member unit.
   * @default - none
   */
  readonly nodeUnits?: INodeUnit[];

  /**
   * Select member units by the labels of the NodeUnit objects (`unitLabels`). An empty
   * selector would select every unit, `unit-node-all` included, and is refused.
   * @default - no selector
   */
  readonly unitSelector?: LabelSelector;

  /**
   * Node label keys from which site-manager discovers units by itself: one unit per
   * distinct combination of the keys' values (`spec.autoFindNodeKeys`).
   * @default - none
   */
  readonly autoFindNodeKeys?: string[];

  /**
   * Workloads bound to the group (`spec.workload`), emitted as declared (sorted). No
   * SuperEdge controller reads them at the pinned release; grids do not need them.
   * @default - none
   */
  readonly workloads?: NodeGroupWorkload[];
}

class NodeGroupReference extends Construct implements INodeGroup {
  /** Not known: the group is defined elsewhere. */
  public readonly knownMembers?: INodeUnit[] = undefined;

  public constructor(scope: Construct, id: string, public readonly groupName: string) {
    checkProps(childPath(scope, id), 'NodeGroup.fromName()', { name: groupName }, { name: STRING }, ['name']);
    super(scope, id);
  }
}

/**
 * A set of mutually exclusive NodeUnits: a SuperEdge NodeGroup
 * (`site.superedge.io/v1alpha2`). Each member unit labels its nodes
 * `<group>=<unit>`; grids on the group stamp out one workload per member unit.
 */
export class NodeGroup extends Construct implements INodeGroup {
  /** A group defined elsewhere, by name: usable by grids, never emitted. */
  public static fromName(scope: Construct, id: string, name: string): INodeGroup {
    return new NodeGroupReference(scope, id, name);
  }

  /** The group's name. */
  public readonly groupName: string;
  /** The unit selector, if any. */
  public readonly unitSelector?: LabelSelector;
  /** The auto-discovery keys. */
  public readonly autoFindNodeKeys: string[];
  /** The cluster this group belongs to. */
  public readonly cluster: EdgeCluster;
  private readonly members: INodeUnit[] = [];
  private readonly boundWorkloads: NodeGroupWorkload[] = [];
  /** The members again, for the membership test (`includes` on the array is quadratic in fleets). */
  private readonly memberSet = new Set<INodeUnit>();

  public constructor(scope: Construct, id: string, props: NodeGroupProps = {}) {
    checkProps(childPath(scope, id), 'NodeGroup', props, {
      name: STRING,
      nodeUnits: listOf(UNIT_REF),
      unitSelector: LABEL_SELECTOR,
      autoFindNodeKeys: STRINGS,
    });
    super(scope, id);
    brand(this, 'nodeGroup');
    this.cluster = EdgeCluster.enclosing(this);
    this.groupName = props.name ?? id;
    this.unitSelector = props.unitSelector;
    this.autoFindNodeKeys = [...(props.autoFindNodeKeys ?? [])];
    for (const u of props.nodeUnits ?? []) this.addNodeUnit(u);
    for (const w of props.workloads ?? []) this.addWorkload(w);

    new ManifestObject(this, 'Resource', {
      apiVersion: 'site.superedge.io/v1alpha2',
      kind: 'NodeGroup',
      name: this.groupName,
      clusterScoped: true,
    }, () => ({
      body: {
        spec: {
          nodeUnits: nonEmpty([...new Set(this.members.map(u => u.unitName))].sort()),
          selector: renderSelector(this.unitSelector),
          autoFindNodeKeys: nonEmpty([...this.autoFindNodeKeys].sort()),
          workload: renderWorkloads(this.boundWorkloads),
        },
      },
    }));
    addModelChecks(this, this.cluster);
    topologyChanged(this.cluster);
  }

  /** Adds member units. Every grid on this group then also deploys to them. */
  public addNodeUnit(...units: INodeUnit[]): void {
    checkProps(this.node.path, 'NodeGroup.addNodeUnit()', { units }, { units: listOf(UNIT_REF) });
    for (const u of units) {
      if (this.memberSet.has(u)) continue;
      this.memberSet.add(u);
      this.members.push(u);
    }
    topologyChanged(this.cluster);
  }

  /** Binds a workload to the group (`spec.workload[]`). */
  public addWorkload(workload: NodeGroupWorkload): void {
    const problem = workloadProblem(workload);
    if (problem) {
      throw new Error(`[${this.node.path}] NodeGroup "${this.groupName}": ${problem}. Fix: pass { name: 'web', type: NodeGroupWorkloadType.DEPLOYMENT }`);
    }
    this.boundWorkloads.push({ ...workload });
  }

  /** The workloads bound to the group, in declaration order. */
  public get workloads(): NodeGroupWorkload[] {
    return [...this.boundWorkloads];
  }

  /**
   * Adds this group to the topology model.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    const path = this.node.path;
    builder.addGroup({
      id: path,
      origin: path,
      name: this.groupName,
      declared: true,
      selector: toModelSelector(this.unitSelector),
      autoFindNodeKeys: [...this.autoFindNodeKeys],
      members: this.members.map(u => ({ id: u.node.path, name: u.unitName })),
    });
    addCrossClusterReferences(builder, this, `NodeGroup "${this.groupName}"`,
      this.members.map(u => ({ prop: 'nodeUnits', kind: 'NodeUnit', name: u.unitName, target: u })));
  }

  /** Units added by reference (not through the selector). */
  public get explicitMembers(): INodeUnit[] {
    return [...this.members];
  }

  /**
   * Every member unit known at synthesis: the ones added by reference and the declared
   * units the selector matches, sorted by name. Units discovered through
   * `autoFindNodeKeys` are not known in advance and are not listed.
   */
  public get nodeUnits(): INodeUnit[] {
    return [...TopologyIndex.of(this.cluster).membersOf(this)];
  }

  /** The member units known at synthesis (`nodeUnits`): a declared group knows them. */
  public get knownMembers(): INodeUnit[] | undefined {
    return this.nodeUnits;
  }
}
