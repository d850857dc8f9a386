import type { ModelRollout, TopologyModel } from '../../../model/types';
import { planWaves, WavePlan } from '../../../rollout/wave-plan';

/**
 * The wave plan of a rollout in the model: the sites of the grid's group (unknown when
 * the group is not declared: every selected site counts), the sites each wave picks.
 * Internal.
 */
export function rolloutPlan(model: TopologyModel, r: ModelRollout): WavePlan {
  const grid = model.grids.find(g => g.id === r.gridId);
  const group = grid ? model.groupsById.get(grid.groupId) : undefined;
  const members = group?.declared ? group.memberIds.map(id => model.unitsById.get(id)?.name ?? id) : undefined;
  return planWaves(members, r.waves.map(w => [...w.siteNames]), r.currentWave);
}
