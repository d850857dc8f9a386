import { checkedNodeCoverage } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-H05: nodes in several checked units probe the intersection. */
export const NodesInSeveralCheckedUnits: TopologyRule = {
  id: 'SE-H05',
  severity: Severity.WARNING,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: a node in several checked units probes only the intersection (warning)',
  explanation: 'edge-health selects a node\'s peers with the label selectors of all the checked units it belongs to, ANDed: such a node only probes peers that are in every one of them.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const h of model.edgeHealths) {
      const { several } = checkedNodeCoverage(model, h);
      if (several.length === 0) continue;
      out.push({
        origin: h.origin,
        message: `nodes in several checked units only probe peers that are in all of those units (edge-health ANDs the unit selectors): ${list(several)}`,
        fix: 'check only one of the units such a node belongs to, or accept the smaller peer set',
      });
    }
    return out;
  },
};
