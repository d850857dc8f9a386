import { gridKeyProblem } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W06: a grid's key is usable. */
export const GridKeyUsable: TopologyRule = {
  id: 'SE-W06',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'a grid key (NodeGroup name) is a non-empty label key and value without "/"',
  explanation: 'The grid key (`gridUniqKey`) is the NodeGroup name: the controllers read it as the node label key whose values are the sites, and write it as the value of `superedge.io/grid-uniq-key`, so it must be both a label key and a label value.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const problem = gridKeyProblem(g.groupName);
      if (!problem) continue;
      out.push({
        origin: g.origin,
        message: `${g.kind} "${g.name}" has the grid key (NodeGroup name) "${g.groupName}", which is not usable: ${problem}`,
        fix: "use a NodeGroup whose name is a plain lower-case label name, e.g. 'location'",
      });
    }
    return out;
  },
};
