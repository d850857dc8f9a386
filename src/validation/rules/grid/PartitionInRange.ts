import type { TopologyModel } from '../../../model/types';
import { describeValue } from '../../props/describe-value';
import { MAX_INT32 } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { gridWhat } from '../metadata/helpers';

/** SE-W14: a StatefulSetGrid's partition is an int32 of at least 0. */
export const PartitionInRange: TopologyRule = {
  id: 'SE-W14',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'StatefulSetGrid: the update strategy\'s partition is a whole number 0-2147483647',
  explanation: 'The partition of a rolling update is an int32 of at least 0; cdk8s-plus writes a partition of NaN as `null`, and the API server refuses the per-site StatefulSets of any value outside the range.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const partition = g.template?.updateStrategy?.rollingUpdate?.partition;
      if (partition === undefined || (Number.isInteger(partition) && partition >= 0 && partition <= MAX_INT32)) continue;
      out.push({
        origin: g.origin,
        message: `${gridWhat(g)} has an update strategy with partition ${describeValue(partition)}; a partition is a whole number from 0 to ${MAX_INT32}`,
        fix: 'pass kplus.StatefulSetUpdateStrategy.rollingUpdate({ partition: 0 }) with a whole number',
      });
    }
    return out;
  },
};
