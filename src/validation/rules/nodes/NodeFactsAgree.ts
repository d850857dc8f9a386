import { conflictingNodes, unitsOfNode } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-N03: a node declared in several places carries the same facts everywhere. */
export const NodeFactsAgree: TopologyRule = {
  id: 'SE-N03',
  severity: Severity.ERROR,
  area: RuleArea.NODES,
  summary: 'a node declared more than once carries the same facts',
  explanation: 'A node is one machine: its architecture, GPU, CVM id and network cannot differ between the units that list it, and the checks would not know which to believe.',
  check(model: TopologyModel): RuleFinding[] {
    return conflictingNodes(model).map(n => ({
      origin: model.cluster.origin,
      message: `node "${n}" is declared more than once with different facts (in ${unitsOfNode(model, n).map(u => u.origin).join(', ')})`,
      fix: 'declare the EdgeNode once and pass the same object to every unit',
    }));
  },
};
