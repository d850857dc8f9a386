import { checkedNodeCoverage } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-H04: nodes in no checked unit are not checked. */
export const NodesOutsideCheckedUnits: TopologyRule = {
  id: 'SE-H04',
  severity: Severity.WARNING,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: nodes in no checked unit are not checked (warning)',
  explanation: 'In multi-region mode a node is health-checked only by peers of the checked units it belongs to; a node in none of them is never voted on, so its pods are not evicted when it fails.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const h of model.edgeHealths) {
      const { outside } = checkedNodeCoverage(model, h);
      if (outside.length === 0) continue;
      out.push({
        origin: h.origin,
        message: `nodes in no checked unit are not health-checked in multi-region mode: ${list(outside)} (units checked: ${list(h.checkUnitNames)})`,
        fix: 'add their units to checkUnits (or set edgeHealth: true on them) if they should be checked; otherwise this is expected',
      });
    }
    return out;
  },
};
