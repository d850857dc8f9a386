import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-K03: enough nodes for the Kins mode. */
export const KinsNodeCount: TopologyRule = {
  id: 'SE-K03',
  severity: Severity.ERROR,
  area: RuleArea.KINS,
  summary: 'Kins: 1-2 nodes allow only SINGLE_MASTER; THREE_MASTERS needs at least 3 nodes',
  explanation: 'At L4 site-manager makes the first Ready node the K3s server; at L5 it needs three Ready nodes as servers. A unit cluster without enough nodes never starts.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units.filter(x => x.kins !== undefined)) {
      const count = (u.nodeNames ?? []).length;
      if (u.selector && count === 0) continue; // members come from the selector: not known here
      if (count === 0) {
        out.push({ origin: u.origin, message: 'a unit cluster needs at least one node, and this KinsUnit has none', fix: 'list the unit\'s nodes' });
      } else if (u.autonomyLevel === 'L5' && count < 3) {
        out.push({
          origin: u.origin,
          message: `THREE_MASTERS needs at least 3 nodes, but the unit has ${count}; a unit with 1-2 nodes can only run a single-master K3s cluster`,
          fix: 'use mode: KinsMode.SINGLE_MASTER, or add nodes',
        });
      }
    }
    return out;
  },
};
