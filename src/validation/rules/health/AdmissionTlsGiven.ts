import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-H09: on open-source SuperEdge, the DaemonSet and no-eviction need edge-health-admission. */
export const AdmissionTlsGiven: TopologyRule = {
  id: 'SE-H09',
  severity: Severity.ERROR,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: on open-source SuperEdge, daemonSet: true and NO_EVICTION need edge-health-admission (admissionTls)',
  explanation: 'The votes only annotate nodes (`nodeunhealth`); only the edge-health-admission webhook removes the '
    + '`node.kubernetes.io/unreachable:NoExecute` taint from nodes their peers still see, and with `--always-reachable` from every '
    + 'node (global no-eviction). TKE Edge runs it; on open-source SuperEdge the library emits it only with a TLS source, so '
    + 'without one the DaemonSet changes no eviction and no-eviction does nothing.',
  check(model: TopologyModel): RuleFinding[] {
    if (model.cluster.platform !== 'superedge') return [];
    return model.edgeHealths
      .filter(h => !h.admissionTls && (h.mode === 'no-eviction' || (h.daemonSet && h.mode !== 'off')))
      .map(h => ({
        origin: h.origin,
        message: `${h.mode === 'no-eviction' ? 'mode NO_EVICTION' : 'daemonSet: true'} without edge-health-admission: on open-source SuperEdge only that webhook removes the unreachable NoExecute taint, so ${h.mode === 'no-eviction' ? 'pods would still be evicted' : 'the votes would change no eviction'}, and the library emits the webhook only with a TLS source`,
        fix: 'pass admissionTls: AdmissionTls.certManager({ issuer: \'my-ca-issuer\' }) (cert-manager installed) or AdmissionTls.fromSecret(\'edge-health-admission-tls\', caBundle) (a kubernetes.io/tls Secret you create)',
      }));
  },
};
