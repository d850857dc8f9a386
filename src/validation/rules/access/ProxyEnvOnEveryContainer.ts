import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-X03: containers added after enable() lack the proxy env. */
export const ProxyEnvOnEveryContainer: TopologyRule = {
  id: 'SE-X03',
  severity: Severity.ERROR,
  area: RuleArea.ACCESS,
  summary: 'cross-region: containers added after CrossRegionAccess.enable() lack the proxy env',
  explanation: 'Without the http-proxy webhook of TKE Edge, the proxy env is written into the containers that exist when cross-region access is enabled; a container added later reaches other regions directly, which the tunnel does not route.',
  check(model: TopologyModel): RuleFinding[] {
    return model.workloads.filter(w => (w.proxy?.lateContainers ?? []).length > 0).map(w => ({
      origin: w.origin,
      message: `containers ${list(w.proxy!.lateContainers)} of "${w.name}" were added after CrossRegionAccess.enable() and have no proxy env`,
      fix: 'call CrossRegionAccess.enable() after adding every container',
    }));
  },
};
