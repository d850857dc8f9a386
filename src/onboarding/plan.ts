import { onboardedUnits } from './onboarded-nodes';
import type { ModelNode, ModelUnit, TopologyModel } from '../model/types';

/**
 * What the onboarding folder holds: the sites with known members (what each script
 * onboards, see onboarded-nodes.ts), the units whose members are unknown (selector
 * only) and the empty ones. Pure, over the topology model. Internal.
 */
export interface OnboardingPlan {
  /** Sites with at least one known member, sorted by name. */
  readonly sites: SitePlan[];
  /** Units whose members are unknown (selector only), sorted by name. */
  readonly unknownMembers: ModelUnit[];
  /** Units with neither nodes nor selector, sorted by name. */
  readonly empty: ModelUnit[];
}

export interface SitePlan {
  readonly unit: ModelUnit;
  /** The unit's name: the site folder's name. */
  readonly site: string;
  /** Whether the unit is a Kins unit cluster (autonomy level L4/L5). */
  readonly kins: boolean;
  /** Nodes this site's script onboards, sorted by name, with their declared facts. */
  readonly nodes: ModelNode[];
  /** Members onboarded by another site's script: node name and that site, sorted by node. */
  readonly elsewhere: ReadonlyArray<{ readonly node: string; readonly site: string }>;
  /** For each node onboarded here, the other sites it is a member of (sorted). */
  readonly alsoIn: Map<string, string[]>;
}

export function planOnboarding(model: TopologyModel): OnboardingPlan {
  const sites: SitePlan[] = onboardedUnits(model).map(({ unit, nodes, elsewhere }) => {
    const alsoIn = new Map<string, string[]>();
    for (const n of nodes) {
      const others = model.units.filter(u => u.id !== unit.id && (u.nodeNames ?? []).includes(n.name)).map(u => u.name).sort();
      if (others.length > 0) alsoIn.set(n.name, others);
    }
    return { unit, site: unit.name, kins: unit.autonomyLevel !== 'L3', nodes, elsewhere, alsoIn };
  });
  const unlisted = model.units.filter(u => (u.nodeNames ?? []).length === 0);
  return {
    sites,
    unknownMembers: unlisted.filter(u => u.selector !== undefined),
    empty: unlisted.filter(u => u.selector === undefined),
  };
}
