import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-E04: the units' nodes did not change after Eni.enable(). */
export const EniNodesUnchanged: TopologyRule = {
  id: 'SE-E04',
  severity: Severity.ERROR,
  area: RuleArea.ENI,
  summary: 'ENI: the units\' nodes may not change after Eni.enable()',
  explanation: 'Eni.enable() pins the pods to the nodes its units hold at that moment; nodes declared later are not in the affinity, so the pods never run there.',
  check(model: TopologyModel): RuleFinding[] {
    return model.workloads.filter(w => w.eni && w.eni.pinnedNodes.join(',') !== w.eni.targetNodes.join(',')).map(w => ({
      origin: w.origin,
      message: `the units of "${w.name}" changed after Eni.enable(): the pods are pinned to ${list(w.eni!.pinnedNodes) || 'no node'} but the units now hold ${list(w.eni!.targetNodes)}`,
      fix: 'call Eni.enable() after declaring the units\' nodes',
    }));
  },
};
