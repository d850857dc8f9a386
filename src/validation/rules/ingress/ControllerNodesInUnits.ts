import { resolveUnit } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-I04: controllerNodes are nodes of the target units, at least one per unit. */
export const ControllerNodesInUnits: TopologyRule = {
  id: 'SE-I04',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: controllerNodes must be nodes of the target units, at least one per unit',
  explanation: 'Each unit\'s ingress controller runs on the controllerNodes that belong to that unit; a node outside every unit runs none, and a unit with none of them has no controller.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ing of model.ingresses) {
      if (!ing.emitsControllers || !ing.controllerNodes) continue;
      const units = ing.units.map(u => ({ ref: u, unit: resolveUnit(model, u) }));
      const members = new Set(units.flatMap(u => (u.unit?.declared ? u.unit.nodeNames ?? [] : [])));
      const stray = ing.controllerNodes.filter(n => !members.has(n));
      if (stray.length > 0) {
        out.push({
          origin: ing.origin,
          message: `controllerNodes ${list(stray)} are in none of the ingress's units (${list(ing.units.map(u => u.name))}), so no controller runs there`,
          fix: 'list only nodes of the target units',
        });
      }
      for (const { ref, unit } of units) {
        if (!unit?.declared || (ref.controllerNodes ?? []).length > 0) continue;
        out.push({
          origin: ing.origin,
          message: `none of the controllerNodes is in unit "${unit.name}", so that unit gets no ingress controller`,
          fix: `add at least one node of "${unit.name}" (${list(unit.nodeNames ?? [])}) to controllerNodes`,
        });
      }
    }
    return out;
  },
};
