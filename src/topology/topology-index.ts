import type { EdgeCluster } from './edge-cluster';
import { EdgeNode } from './edge-node';
import type { NodeGroup } from './node-group';
import type { INodeUnit, NodeUnit } from './node-unit';
import { selectorMatches } from './selectors';
import { isDeclaredGroup, isDeclaredUnit } from '../internal/brands';
import { cached } from '../internal/cache';
import { byString } from '../internal/util';
import { hasFacts } from '../model/queries';

/**
 * The units and groups a cluster declares, with memberships and node facts resolved,
 * computed once per state of the topology (it lives in the cache, src/internal/cache.ts,
 * and is dropped with it) and shared by the renderers, so that thousands of sites stay
 * linear. The rules read the topology model instead (src/model). Internal: not exported.
 */
export class TopologyIndex {
  public static of(cluster: EdgeCluster): TopologyIndex {
    return cached(cluster, cluster, 'topology-index', () => new TopologyIndex(cluster));
  }

  /** Declared units, sorted by name. */
  public readonly units: NodeUnit[];
  /** Declared groups, sorted by name. */
  public readonly groups: NodeGroup[];
  private readonly groupsByUnit = new Map<INodeUnit, NodeGroup[]>();
  private readonly membersByGroup = new Map<NodeGroup, INodeUnit[]>();
  private readonly nodeDecls = new Map<string, EdgeNode[]>();
  private readonly unitsByNode = new Map<string, NodeUnit[]>();
  /** `node()` answers, decided once per name. */
  private readonly nodes = new Map<string, EdgeNode>();

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

  /** The groups a unit is a member of, sorted by name. */
  public groupsOf(unit: INodeUnit): NodeGroup[] {
    return this.groupsByUnit.get(unit) ?? [];
  }

  /** A group's member units (explicit and selected among declared ones), sorted by name. */
  public membersOf(group: NodeGroup): INodeUnit[] {
    return this.membersByGroup.get(group) ?? [];
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
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
