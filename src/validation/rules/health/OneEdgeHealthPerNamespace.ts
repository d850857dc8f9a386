import type { TopologyModel } from '../../../model/types';
import { EDGE_HEALTH_CONFIG_NAME } from '../../../superedge/labels';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-H08: one edge-health-config per namespace. */
export const OneEdgeHealthPerNamespace: TopologyRule = {
  id: 'SE-H08',
  severity: Severity.ERROR,
  area: RuleArea.EDGE_HEALTH,
  summary: `edge-health: one EdgeHealth (${EDGE_HEALTH_CONFIG_NAME}) per namespace`,
  explanation: `edge-health reads one \`${EDGE_HEALTH_CONFIG_NAME}\` ConfigMap in its namespace; two declarations write the same object, and the last apply wins.`,
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const h of model.edgeHealths) {
      const others = model.edgeHealths.filter(o => o !== h && o.namespace === h.namespace);
      if (others.length === 0) continue;
      out.push({
        origin: h.origin,
        message: `another EdgeHealth (${others.map(o => o.origin).join(', ')}) also writes ${EDGE_HEALTH_CONFIG_NAME} in namespace "${h.namespace}"; edge-health reads one such ConfigMap`,
        fix: 'declare a single EdgeHealth per cluster',
      });
    }
    return out;
  },
};
