import type { TopologyModel } from '../../../model/types';
import { hasUserinfo, redactUserinfo } from '../../props/prop-values';
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
    const out: RuleFinding[] = [];
    for (const w of model.workloads) {
      if (!w.proxy) continue;
      const { proxyUrl, noProxy } = w.proxy;
      const noProxyEntries = (noProxy ?? '').split(',');
      const url = /^https?:\/\/([^\s/:@]+)(:(\d{1,5}))?\/?$/.exec(proxyUrl);
      const withCredentials = [proxyUrl, ...noProxyEntries].filter(hasUserinfo);
      if (withCredentials.length > 0) {
        // The credentials are never repeated, not even in the message.
        out.push({
          origin: w.origin,
          message: `cross-region proxy settings of "${w.name}" carry credentials (userinfo before '@' in ${withCredentials.map(u => `"${redactUserinfo(u)}"`).join(', ')}), which would be written in plain env vars on every container`,
          fix: 'pass the proxy URL without credentials; give the workload any proxy credentials from a Secret (kplus.EnvValue.fromSecretValue)',
        });
      } else if (!url || (url[3] !== undefined && Number(url[3]) > 65535) || noProxyEntries.some(h => /[\s@/]/.test(h) && !/^[0-9a-fA-F.:]+\/\d+$/.test(h))) {
        out.push({
          origin: w.origin,
          message: `cross-region proxy URL "${proxyUrl}" of "${w.name}" is not an http(s)://host[:port] URL with a port up to 65535, or a noProxy entry is not a host, domain or CIDR`,
          fix: 'pass proxyUrl like http://tunnel-cloud.edge-system.svc.cluster.local:8080, and noProxy entries like .example.com or 10.0.0.0/8',
        });
      }
    }
    return out;
  },
};
