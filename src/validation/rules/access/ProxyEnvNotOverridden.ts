import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-X02: the proxy env does not override other values. */
export const ProxyEnvNotOverridden: TopologyRule = {
  id: 'SE-X02',
  severity: Severity.ERROR,
  area: RuleArea.ACCESS,
  summary: 'cross-region: the proxy env must not override other values',
  explanation: 'On open-source SuperEdge cross-region access sets `http_proxy`, `https_proxy` and `no_proxy` (and their upper-case forms) on every container; a container that already sets one of them to another value would silently lose it.',
  check(model: TopologyModel): RuleFinding[] {
    return model.workloads.filter(w => (w.proxy?.conflicts ?? []).length > 0).map(w => ({
      origin: w.origin,
      message: `"${w.name}" already sets proxy env to other values (${list(w.proxy!.conflicts)}); cross-region access would override them`,
      fix: 'remove those env variables, or do not enable cross-region access on this workload',
    }));
  },
};
