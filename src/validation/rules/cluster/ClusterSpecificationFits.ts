import { nodeNames } from '../../../model/queries';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-C05: the declared nodes fit the cluster specification. */
export const ClusterSpecificationFits: TopologyRule = {
  id: 'SE-C05',
  severity: Severity.ERROR,
  area: RuleArea.CLUSTER,
  summary: 'declared nodes must fit the cluster specification (error without auto-upgrade, warning with it)',
  explanation: 'A TKE Edge cluster specification caps its nodes. Without auto-upgrade, the nodes over the cap are cordoned; with it, the cluster moves to a larger, costlier specification.',
  check(model: TopologyModel): RuleFinding[] {
    const c = model.cluster;
    const spec = c.specification;
    const nodeCount = nodeNames(model).length;
    if (!spec || nodeCount <= spec.maxNodes) return [];
    return [{
      origin: c.origin,
      severity: c.autoUpgradeSpecification ? Severity.WARNING : Severity.ERROR,
      message: c.autoUpgradeSpecification
        ? `${nodeCount} nodes are declared but specification ${spec.name} allows ${spec.maxNodes}; the cluster will be upgraded to a larger (costlier) specification`
        : `${nodeCount} nodes are declared but specification ${spec.name} allows ${spec.maxNodes}, and with auto-upgrade off the nodes over the cap are cordoned`,
      fix: 'choose a larger specification, or set autoUpgradeSpecification: true',
    }];
  },
};
