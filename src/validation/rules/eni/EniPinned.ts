import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-E02: ENI workloads are pinned to named nodes. */
export const EniPinned: TopologyRule = {
  id: 'SE-E02',
  severity: Severity.ERROR,
  area: RuleArea.ENI,
  summary: 'ENI: the workload must be pinned to named nodes',
  explanation: 'ENI pods must run on CVM nodes, so they are pinned with a required node affinity on `kubernetes.io/hostname`; a workload without named nodes, or without scheduling to pin, could land anywhere.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const w of model.workloads) {
      if (!w.eni) continue;
      if (w.eni.targetNodes.length === 0) {
        out.push({
          origin: w.origin,
          message: `"${w.name}" asks for an ENI but names no nodes: ENI pods must be pinned to CVM nodes`,
          fix: 'pass nodeUnits or nodes whose nodes are declared with cvmInstanceId',
        });
      } else if (!w.eni.canPin) {
        out.push({
          origin: w.origin,
          message: `"${w.name}" cannot be pinned to nodes (it has no scheduling), and ENI pods must run on CVM nodes`,
          fix: 'enable ENI on a Deployment, StatefulSet, DaemonSet, Job, Pod or grid',
        });
      }
    }
    return out;
  },
};
