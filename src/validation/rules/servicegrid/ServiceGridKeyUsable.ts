import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { gridKeyProblem } from '../grid/helpers';

/** SE-S03: a ServiceGrid's key is usable. */
export const ServiceGridKeyUsable: TopologyRule = {
  id: 'SE-S03',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'a ServiceGrid key (NodeGroup name) is a non-empty label key and value without "/"',
  explanation: 'The ServiceGrid key is the NodeGroup name: the wrapper reads it as the node label key whose value is the caller\'s site, and the controller writes it as the value of `superedge.io/grid-uniq-key`.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const sg of model.serviceGrids) {
      const problem = gridKeyProblem(sg.groupName);
      if (!problem) continue;
      out.push({
        origin: sg.origin,
        message: `ServiceGrid "${sg.name}" has the grid key (NodeGroup name) "${sg.groupName}", which is not usable: ${problem}`,
        fix: "use a NodeGroup whose name is a plain lower-case label name, e.g. 'location'",
      });
    }
    return out;
  },
};
