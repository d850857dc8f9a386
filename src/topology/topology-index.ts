import type { EdgeCluster } from './edge-cluster';
import { EdgeNode } from './edge-node';
import type { NodeGroup } from './node-group';
import type { INodeUnit, NodeUnit } from './node-unit';
import { selectorMatches } from './selectors';
import { isDeclaredGroup, isDeclaredUnit } from '../internal/brands';
import { byString } from '../internal/util';

const VERSIONS = new WeakMap<EdgeCluster, number>();
const CACHE = new WeakMap<EdgeCluster, { version: number; index: TopologyIndex }>();

/** Marks the cluster's topology as changed (a unit, group or membership was added). Internal. */
export function touchTopology(cluster: EdgeCluster): void {
  VERSIONS.set(cluster, (VERSIONS.get(cluster) ?? 0) + 1);
}

/** The number of topology changes so far (for staleness checks). Internal. */
export function topologyVersion(cluster: EdgeCluster): number {
  return VERSIONS.get(cluster) ?? 0;
}

/**
 * What the whole cluster declares, computed once per change and shared by rendering
 * and checks so that thousands of sites stay linear. Internal: not exported.
 */
export class TopologyIndex {
  public static of(cluster: EdgeCluster): TopologyIndex {
    const version = VERSIONS.get(cluster) ?? 0;
    const cached = CACHE.get(cluster);
    if (cached && cached.version === version) return cached.index;
    const index = new TopologyIndex(cluster);
    CACHE.set(cluster, { version, index });
    return index;
  }

  /** Declared units, sorted by name. */
  public readonly units: NodeUnit[];
  /** Declared groups, sorted by name. */
  public readonly groups: NodeGroup[];
  private readonly groupsByUnit = new Map<INodeUnit, NodeGroup[]>();
  private readonly membersByGroup = new Map<NodeGroup, INodeUnit[]>();
  private readonly nodeDecls = new Map<string, EdgeNode[]>();
  private readonly unitsByNode = new Map<string, NodeUnit[]>();
  private readonly memos = new Map<object, Map<string, unknown>>();
  /** `node()` answers, decided once per name. */
  private readonly nodes = new Map<string, EdgeNode>();
  private sortedNodeNames?: string[];

  private constructor(cluster: EdgeCluster) {
    const all = cluster.node.findAll();
    this.units = all.filter(isDeclaredUnit).sort((a, b) => byString(a.unitName, b.unitName));
    this.groups = all.filter(isDeclaredGroup).sort((a, b) => byString(a.groupName, b.groupName));

    for (const u of this.units) {
      for (const d of u._nodeDeclarations()) {
        push(this.nodeDecls, d.name, d);
      }
      for (const n of u.nodeNames) push(this.unitsByNode, n, u);
    }
    for (const g of this.groups) {
      const members = new Set<INodeUnit>(g.explicitMembers);
      if (g.unitSelector) {
        for (const u of this.units) {
          if (selectorMatches(g.unitSelector, u.unitLabels)) members.add(u);
        }
      }
      const sorted = [...members].sort((a, b) => byString(a.unitName, b.unitName));
      this.membersByGroup.set(g, sorted);
      for (const m of sorted) push(this.groupsByUnit, m, g);
    }
  }

  /**
   * A value derived from this topology state, computed once: it is dropped with the
   * index when a unit, group, membership or node is added.
   */
  public memo<T>(owner: object, key: string, compute: () => T): T {
    let forOwner = this.memos.get(owner);
    if (!forOwner) {
      forOwner = new Map();
      this.memos.set(owner, forOwner);
    }
    if (!forOwner.has(key)) forOwner.set(key, compute());
    return forOwner.get(key) as T;
  }

  /**
   * Node label keys the user's declarations use for their own purposes, with where:
   * units' `nodeLabels`, unit selectors, groups' `autoFindNodeKeys`. A unit or group
   * named like one of them would overwrite that label on the nodes.
   */
  public userNodeLabelKeys(): Map<string, string> {
    return this.memo(this, 'user-node-label-keys', () => {
      const keys = new Map<string, string>();
      const note = (key: string, where: string) => {
        if (!keys.has(key)) keys.set(key, where);
      };
      for (const u of this.units) {
        const groups = new Set(this.groupsOf(u).map(g => g.groupName));
        for (const [k, v] of Object.entries(u.nodeLabels)) {
          if (groups.has(k) && v === u.unitName) continue; // what the library writes anyway
          note(k, `nodeLabels of NodeUnit "${u.unitName}"`);
        }
        for (const k of Object.keys(u.selector?.matchLabels ?? {})) note(k, `the selector of NodeUnit "${u.unitName}"`);
        for (const e of u.selector?.matchExpressions ?? []) note(e.key, `the selector of NodeUnit "${u.unitName}"`);
      }
      for (const g of this.groups) {
        for (const k of g.autoFindNodeKeys) note(k, `autoFindNodeKeys of NodeGroup "${g.groupName}"`);
      }
      return keys;
    });
  }

  /** The groups a unit is a member of, sorted by name. */
  public groupsOf(unit: INodeUnit): NodeGroup[] {
    return this.groupsByUnit.get(unit) ?? [];
  }

  /** A group's member units (explicit and selected among declared ones), sorted by name. */
  public membersOf(group: NodeGroup): INodeUnit[] {
    return this.membersByGroup.get(group) ?? [];
  }

  /** Every node name declared in the cluster, sorted. */
  public get nodeNames(): string[] {
    // The index never changes once built: sort once.
    if (!this.sortedNodeNames) this.sortedNodeNames = [...this.nodeDecls.keys()].sort();
    return [...this.sortedNodeNames];
  }

  /** The declared units that list a node by name. */
  public unitsOfNode(name: string): NodeUnit[] {
    return this.unitsByNode.get(name) ?? [];
  }

  /** A node with the facts declared for it anywhere (the first declaration that has facts). */
  public node(name: string): EdgeNode {
    let n = this.nodes.get(name);
    if (!n) {
      const decls = this.nodeDecls.get(name) ?? [];
      n = decls.find(hasFacts) ?? decls[0] ?? EdgeNode.named(name);
      this.nodes.set(name, n);
    }
    return n;
  }

  /** Node names declared more than once with different facts. */
  public conflictingNodes(): string[] {
    return this.nodeNames.filter(n => {
      const withFacts = (this.nodeDecls.get(n) ?? []).filter(hasFacts);
      return withFacts.some(d => !sameFacts(d, withFacts[0]));
    });
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function hasFacts(n: EdgeNode): boolean {
  return n.architecture !== undefined || n.defaultInterface !== undefined || n.networkCidr !== undefined || n.gpu || n.cvmInstanceId !== undefined;
}

function sameFacts(a: EdgeNode, b: EdgeNode): boolean {
  return a.architecture === b.architecture && a.defaultInterface === b.defaultInterface
    && a.networkCidr === b.networkCidr && a.gpu === b.gpu && a.cvmInstanceId === b.cvmInstanceId;
}
