import { resolveUnit } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-H03: checkUnits only in multi-region mode, and not on a unit that switches edge-health off. */
export const CheckUnitsApply: TopologyRule = {
  id: 'SE-H03',
  severity: Severity.ERROR,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: checkUnits only in multi-region mode, and not on a unit that sets edgeHealth: false',
  explanation: 'edge-health reads `check-units` only in multi-region mode; listed units are ignored otherwise. A unit that switches edge-health off and is listed contradicts itself.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const h of model.edgeHealths) {
      if ((h.mode === 'all-nodes' || h.mode === 'off') && h.listed.length > 0) {
        out.push({
          origin: h.origin,
          message: `checkUnits (${list(h.listed.map(u => u.name))}) are only read in multi-region mode, but the mode is ${h.mode}`,
          fix: 'use mode UNITS (or leave mode out), or drop checkUnits',
        });
      }
      for (const ref of h.listed) {
        const u = resolveUnit(model, ref);
        if (!u || !u.declared || u.edgeHealth !== false) continue;
        out.push({
          origin: h.origin,
          message: `NodeUnit "${u.name}" is listed in checkUnits but switches edge-health off (edgeHealth: false)`,
          fix: `remove "${u.name}" from checkUnits, or set edgeHealth: true (or leave it out) on the unit`,
        });
      }
    }
    return out;
  },
};
