import type { TopologyModel } from '../../../model/types';
import { isIpAddress } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-N02: node names are never bare IP addresses. */
export const NodeNamesNotIps: TopologyRule = {
  id: 'SE-N02',
  severity: Severity.ERROR,
  area: RuleArea.NODES,
  summary: 'node names are never bare IP addresses',
  explanation: 'The tunnel routes kubectl logs and exec to edge nodes by node name; a node named by its IP address breaks them.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      for (const n of u.nodeNames ?? []) {
        if (!isIpAddress(n)) continue;
        out.push({
          origin: u.origin,
          message: `node name "${n}" is a bare IP address; logs and exec break for such nodes`,
          fix: 'install the node with a host name (e.g. edge-beijing-1) and list that name',
        });
      }
    }
    return out;
  },
};
