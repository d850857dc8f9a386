import { nodeFacts } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-E01: ENI only on CVM nodes. */
export const EniOnCvmNodes: TopologyRule = {
  id: 'SE-E01',
  severity: Severity.ERROR,
  area: RuleArea.ENI,
  summary: 'ENI: only on nodes declared as Tencent Cloud CVM instances',
  explanation: 'The TKE Edge ENI add-on attaches an elastic network card through the CVM API; nodes that are not CVM instances (IDC machines, other clouds) cannot get one, and the pods stay without network.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const w of model.workloads) {
      if (!w.eni) continue;
      const notCvm = w.eni.targetNodes.filter(n => nodeFacts(model, n).cvmInstanceId === undefined);
      if (notCvm.length === 0) continue;
      out.push({
        origin: w.origin,
        message: `"${w.name}" asks for an ENI on nodes that are not declared as Tencent Cloud CVM instances: ${list(notCvm)}; ENI works on CVM nodes only`,
        fix: "declare them as new EdgeNode({ name, cvmInstanceId: 'ins-...' }), or leave them out of the ENI workload's nodes",
      });
    }
    return out;
  },
};
