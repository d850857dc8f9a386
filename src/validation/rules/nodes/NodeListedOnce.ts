import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-N04: a unit lists each node once. */
export const NodeListedOnce: TopologyRule = {
  id: 'SE-N04',
  severity: Severity.ERROR,
  area: RuleArea.NODES,
  summary: 'a node listed twice in one unit',
  explanation: 'A node listed twice in one unit is almost always a copy-paste slip that hides a missing node.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      const seen = new Set<string>();
      for (const d of u.nodeDeclarations) {
        if (seen.has(d.name)) {
          out.push({ origin: u.origin, message: `node "${d.name}" is listed more than once in NodeUnit "${u.name}"`, fix: 'list each node once' });
        }
        seen.add(d.name);
      }
    }
    return out;
  },
};
