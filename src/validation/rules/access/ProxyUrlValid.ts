import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-X04: the proxy URL is an http(s) URL of a host. */
export const ProxyUrlValid: TopologyRule = {
  id: 'SE-X04',
  severity: Severity.ERROR,
  area: RuleArea.ACCESS,
  summary: 'cross-region: the proxy URL is http(s)://host[:port]',
  explanation: 'The proxy env is read by HTTP clients as `http(s)://host[:port]`; anything else (a path, a missing scheme) makes them ignore it or fail, and cross-region calls go out directly.',
  check(model: TopologyModel): RuleFinding[] {
    return model.workloads.filter(w => w.proxy && !/^https?:\/\/[^\s/:]+(:\d{1,5})?\/?$/.test(w.proxy.proxyUrl)).map(w => ({
      origin: w.origin,
      message: `cross-region proxy URL "${w.proxy!.proxyUrl}" of "${w.name}" is not an http(s)://host[:port] URL`,
      fix: 'pass proxyUrl like http://tunnel-cloud.edge-system.svc.cluster.local:8080',
    }));
  },
};
