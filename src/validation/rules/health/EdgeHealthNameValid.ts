import { emitsDaemonSet } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { isDns1123Subdomain } from '../../names';
import { describeValue } from '../../props/describe-value';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { idOf } from '../metadata/helpers';

/** SE-H10: edge-health's name names objects. */
export const EdgeHealthNameValid: TopologyRule = {
  id: 'SE-H10',
  severity: Severity.ERROR,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: the name of the DaemonSet and its RBAC objects is a DNS-1123 subdomain',
  explanation: 'With `daemonSet: true` the library writes the edge-health DaemonSet, its ServiceAccount, ClusterRole and ClusterRoleBinding under the edge-health name; the API server refuses object names that are not lower-case DNS subdomains.',
  check(model: TopologyModel): RuleFinding[] {
    return model.edgeHealths.filter(h => emitsDaemonSet(h) && h.name !== undefined && !isDns1123Subdomain(h.name)).map(h => ({
      origin: h.origin,
      message: `EdgeHealth "${idOf(h.origin)}": name ${describeValue(h.name)} names its DaemonSet, ServiceAccount and RBAC objects, and is not a DNS-1123 subdomain`,
      fix: "pass a lower-case name such as 'edge-health'",
    }));
  },
};
