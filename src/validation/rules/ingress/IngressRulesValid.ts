import { ruleWhere } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { isDns1035Label, isIpAddress } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** SE-I02: ingress rules are well-formed. */
export const IngressRulesValid: TopologyRule = {
  id: 'SE-I02',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: rules need a DNS host, a path starting with /, a port 1-65535 and one backend',
  explanation: 'The API server validates each Ingress rule: the host is a lower-case DNS name (a leading `*.` allowed), the path starts with `/`, the backend is one Service with a port in 1-65535.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const ing of model.ingresses) {
      ing.rules.forEach((r, i) => {
        const problems: string[] = [];
        if ((r.serviceGridId !== undefined ? 1 : 0) + (r.serviceName !== undefined ? 1 : 0) !== 1) problems.push('it needs exactly one of serviceGrid and serviceName');
        if (r.serviceName !== undefined && !isDns1035Label(r.serviceName)) problems.push(`serviceName "${r.serviceName}" is not a Service name (DNS-1035 label)`);
        if (!Number.isInteger(r.port) || r.port < 1 || r.port > 65535) problems.push(`port ${r.port} is not within 1-65535`);
        if (r.path !== undefined && !r.path.startsWith('/')) problems.push(`path "${r.path}" does not start with "/"`);
        if (r.host !== undefined && (r.host.length > 253 || !HOST.test(r.host) || isIpAddress(r.host))) problems.push(`host "${r.host}" is not a lower-case DNS name (a leading "*." is allowed; no port, no IP)`);
        if (problems.length === 0) return;
        out.push({
          origin: ing.origin,
          message: `MultiRegionIngress "${ing.name}" ${ruleWhere(r, i)}: ${problems.join('; ')}`,
          fix: "give host (a DNS name), path starting with '/', port 1-65535, and either serviceGrid or serviceName",
        });
      });
    }
    return out;
  },
};
