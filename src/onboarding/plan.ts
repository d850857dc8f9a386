import { EdgeCluster } from '../topology/edge-cluster';
import { EdgeNode } from '../topology/edge-node';
import { AutonomyLevel, NodeUnit } from '../topology/node-unit';
import { TopologyIndex } from '../topology/topology-index';

/**
 * Which nodes each site's script onboards. A node listed by several units (of different
 * groups) is onboarded once, by the first of its units in name order; the others
 * mention it. Units known only by selector have members nobody can list. Internal.
 */
export interface OnboardingPlan {
  /** Sites with at least one known member, sorted by name. */
  readonly sites: SitePlan[];
  /** Units whose members are unknown (selector only), sorted by name. */
  readonly unknownMembers: NodeUnit[];
  /** Units with neither nodes nor selector, sorted by name. */
  readonly empty: NodeUnit[];
}

export interface SitePlan {
  readonly unit: NodeUnit;
  /** The unit's name: the site folder's name. */
  readonly site: string;
  /** Whether the unit is a Kins unit cluster (autonomy level L4/L5). */
  readonly kins: boolean;
  /** Nodes this site's script onboards, sorted by name, with their declared facts. */
  readonly nodes: EdgeNode[];
  /** Members onboarded by another site's script: node name and that site, sorted by node. */
  readonly elsewhere: Array<{ readonly node: string; readonly site: string }>;
  /** For each node onboarded here, the other sites it is a member of (sorted). */
  readonly alsoIn: Map<string, string[]>;
}

export function planOnboarding(cluster: EdgeCluster): OnboardingPlan {
  const index = TopologyIndex.of(cluster);
  const sites: SitePlan[] = [];
  const unknownMembers: NodeUnit[] = [];
  const empty: NodeUnit[] = [];
  for (const unit of index.units) { // sorted by name
    const names = unit.nodeNames;
    if (names.length === 0) {
      (unit.selector ? unknownMembers : empty).push(unit);
      continue;
    }
    const nodes: EdgeNode[] = [];
    const elsewhere: Array<{ node: string; site: string }> = [];
    const alsoIn = new Map<string, string[]>();
    for (const name of names) {
      const units = index.unitsOfNode(name).map(u => u.unitName).sort();
      const owner = units[0];
      if (owner === unit.unitName) {
        nodes.push(index.node(name));
        const others = units.filter(u => u !== owner);
        if (others.length > 0) alsoIn.set(name, others);
      } else {
        elsewhere.push({ node: name, site: owner });
      }
    }
    sites.push({ unit, site: unit.unitName, kins: unit.autonomyLevel !== AutonomyLevel.L3, nodes, elsewhere, alsoIn });
  }
  return { sites, unknownMembers, empty };
}
