import { nodeFacts, unitsOfNode } from '../model/queries';
import type { ModelNode, ModelUnit, TopologyModel } from '../model/types';

/**
 * Which unit's script onboards each declared node: a node listed by several units (of
 * different groups) is onboarded once, by the first of its units in name order. Pure,
 * over the topology model. Internal.
 */
export interface OnboardedUnit {
  readonly unit: ModelUnit;
  /** The nodes this unit's script onboards, sorted by name, with the facts declared for them anywhere. */
  readonly nodes: ModelNode[];
  /** Members onboarded by another unit's script: node name and that unit's name, sorted by node. */
  readonly elsewhere: Array<{ readonly node: string; readonly site: string }>;
}

/** Every declared unit that lists nodes, sorted by name, with what its script onboards. */
export function onboardedUnits(model: TopologyModel): OnboardedUnit[] {
  const out: OnboardedUnit[] = [];
  for (const unit of model.units) { // sorted by name
    const names = unit.nodeNames ?? [];
    if (names.length === 0) continue;
    const nodes: ModelNode[] = [];
    const elsewhere: Array<{ node: string; site: string }> = [];
    for (const name of names) {
      const owner = ownerOf(model, name);
      if (owner.id === unit.id) nodes.push(nodeFacts(model, name));
      else elsewhere.push({ node: name, site: owner.name });
    }
    out.push({ unit, nodes, elsewhere });
  }
  return out;
}

/** The unit whose script onboards a node: the first, in name order, that lists it. */
export function ownerOf(model: TopologyModel, node: string): ModelUnit {
  return unitsOfNode(model, node)[0]; // model.units is sorted by name
}
