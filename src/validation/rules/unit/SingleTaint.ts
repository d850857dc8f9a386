import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U06: at most one setNode taint. */
export const SingleTaint: TopologyRule = {
  id: 'SE-U06',
  severity: Severity.WARNING,
  area: RuleArea.UNIT,
  summary: 'more than one setNode taint can produce duplicate taints on already-tainted nodes (warning)',
  explanation: 'site-manager appends a unit\'s taints to nodes that already carry taints inside a loop, which duplicates them, and the node update then fails.',
  check(model: TopologyModel): RuleFinding[] {
    return model.units.filter(u => u.taints.length > 1).map(u => ({
      origin: u.origin,
      message: `NodeUnit "${u.name}" sets ${u.taints.length} taints; on nodes that already carry taints site-manager appends new taints inside a loop, producing duplicates that make the node update fail`,
      fix: 'set at most one taint per unit, or make sure the nodes carry no taints beforehand',
    }));
  },
};
