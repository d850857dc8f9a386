import { nodeNames, unitsOfNode } from '../../../model/queries';
import type { ModelEdgeHealth, TopologyModel } from '../../../model/types';
import { ALL_NODES_UNIT_NAME } from '../../../superedge/labels';

/** What SE-H04 and SE-H05 share. Internal. */

/** The declared nodes in no checked unit, and those in several (with their checked units), in multi-region mode. */
export function checkedNodeCoverage(model: TopologyModel, h: ModelEdgeHealth): { outside: string[]; several: string[] } {
  const outside: string[] = [];
  const several: string[] = [];
  if (h.mode !== 'units' || h.checkUnitNames.length === 0 || h.checkUnitNames.includes(ALL_NODES_UNIT_NAME)) return { outside, several };
  const checked = new Set(h.checkUnitNames);
  for (const n of nodeNames(model)) {
    const units = unitsOfNode(model, n).filter(u => checked.has(u.name));
    if (units.length === 0) outside.push(n);
    else if (new Set(units.map(u => u.name)).size > 1) several.push(`${n} (${units.map(u => u.name).sort().join(' and ')})`);
  }
  return { outside, several };
}

/** Whether edge-health's DaemonSet is written: asked for, and the mode checks nodes (not `off` or `no-eviction`). */
export function emitsDaemonSet(h: ModelEdgeHealth): boolean {
  return h.daemonSet && h.mode !== 'off' && h.mode !== 'no-eviction';
}
