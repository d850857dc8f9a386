import { nodeNames } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { parseCidr, sizeOf } from '../../cidr';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-C04: the Pod CIDR holds a block for every declared node. */
export const PodCidrCapacity: TopologyRule = {
  id: 'SE-C04',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'the Pod CIDR must hold a block of max-pods-per-node addresses for every declared node',
  explanation: 'Each node takes a block of the Pod CIDR of max-pods-per-node addresses, rounded up to a power of two; nodes beyond what the CIDR holds get no Pod addresses.',
  check(model: TopologyModel): RuleFinding[] {
    const c = model.cluster;
    const pod = c.podCidr !== undefined ? parseCidr(c.podCidr) : undefined;
    if (!pod || c.maxPodsPerNode === undefined) return [];
    const nodeCount = nodeNames(model).length;
    const block = 2 ** Math.ceil(Math.log2(Math.max(c.maxPodsPerNode, 1)));
    const capacity = Math.floor(sizeOf(pod) / block);
    if (nodeCount <= capacity) return [];
    return [{
      origin: c.origin,
      message: `Pod CIDR ${pod.text} holds ${capacity} nodes at ${c.maxPodsPerNode} pods per node (a block of ${block} addresses each), but ${nodeCount} nodes are declared`,
      fix: `use a larger Pod CIDR (at least /${32 - Math.ceil(Math.log2(nodeCount * block))}) or fewer max pods per node`,
    }];
  },
};
