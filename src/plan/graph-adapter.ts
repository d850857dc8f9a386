import { FleetState } from './fleet-state';
import { GraphCluster, GraphInput } from '../graph/graph-input';
import { byString } from '../internal/util';

/**
 * The picture's input from a fleet state: one cluster per target, its units (node
 * count, Kins, ingress, wave), its groups with their members and its grids on their
 * groups. Architectures are not in the output, so they are not shown. Internal.
 */
export function graphInputOf(state: FleetState, waves: Map<string, number>, title?: string): GraphInput {
  const clusters: GraphCluster[] = [];
  for (const target of [...state.targets].sort(byString)) {
    const units = [...state.sites.values()].filter(s => s.target === target).map(s => ({
      name: s.name,
      nodeCount: s.nodes.length,
      kins: s.kins,
      ingress: state.ingressSites.has(`${target}/${s.name}`),
      wave: s.wave,
    }));
    const groups = [...state.groups].filter(([k]) => k.startsWith(`${target}/`)).map(([k, members]) => ({ name: k.slice(target.length + 1), units: members }));
    const groupNames = new Set(groups.map(g => g.name));
    const grids = (state.grids.get(target) ?? []).filter(g => groupNames.has(g.group));
    if (units.length === 0 && groups.length === 0 && grids.length === 0) continue; // e.g. a Kins unit's own objects
    clusters.push({ name: target, units, groups, grids, wave: waves.get(target) });
  }
  return { clusters, title };
}
