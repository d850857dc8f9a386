import type { TopologyModel } from '../../../model/types';
import { describeValue } from '../../props/describe-value';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** A ConfigMap key: letters, digits, '-', '_' and '.', at most 253 characters. */
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

/** SE-I12: nginxConfig keys are ConfigMap keys. */
export const NginxConfigKeysValid: TopologyRule = {
  id: 'SE-I12',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: nginxConfig keys are ConfigMap keys',
  explanation: 'The `nginxConfig` options are written as the data of each controller\'s ConfigMap, whose keys the API server accepts only of letters, digits, `-`, `_` and `.` (at most 253 characters); ingress-nginx option names are such keys.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const i of model.ingresses) {
      if (!i.emitsControllers) continue;
      const bad = (i.nginxConfigKeys ?? []).filter(k => k.length > 253 || !CONFIG_MAP_KEY.test(k));
      if (bad.length === 0) continue;
      out.push({
        origin: i.origin,
        message: `MultiRegionIngress "${i.name}": nginxConfig keys ${bad.map(k => describeValue(k)).join(', ')} are not ConfigMap keys (letters, digits, '-', '_' and '.')`,
        fix: "use the ingress-nginx option names, e.g. 'use-forwarded-headers'",
      });
    }
    return out;
  },
};
