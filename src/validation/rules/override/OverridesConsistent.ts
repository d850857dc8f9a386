import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-P05: one override per unit; a shared templateName means one override. */
export const OverridesConsistent: TopologyRule = {
  id: 'SE-P05',
  severity: Severity.ERROR,
  area: RuleArea.OVERRIDE,
  summary: 'one override per unit; a shared templateName means identical overrides',
  explanation: '`templates` maps a unit to one template name and `templatePool` a name to one template: a second override of a unit, or a different override under a name already used, would be silently lost. (Known from constructs only: manifests hold the resulting maps.)',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const seenUnits = new Set<string>();
      const byTemplate = new Map<string, string>();
      for (const o of g.overrides ?? []) {
        if (seenUnits.has(o.unit)) {
          out.push({
            origin: g.origin,
            message: `${g.kind} "${g.name}" overrides unit "${o.unit}" more than once`,
            fix: 'merge the overrides of that unit into one overrideSite() call',
          });
        }
        seenUnits.add(o.unit);
        const prev = byTemplate.get(o.templateName);
        if (prev !== undefined && prev !== o.signature) {
          out.push({
            origin: g.origin,
            message: `${g.kind} "${g.name}" uses the templateName "${o.templateName}" for different overrides (unit "${o.unit}" differs from an earlier site using it)`,
            fix: 'give each distinct override its own templateName, or make the overrides identical',
          });
        }
        byTemplate.set(o.templateName, o.signature);
      }
    }
    return out;
  },
};
