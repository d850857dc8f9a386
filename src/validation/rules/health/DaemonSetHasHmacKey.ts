import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-H07: the DaemonSet has an HMAC key. */
export const DaemonSetHasHmacKey: TopologyRule = {
  id: 'SE-H07',
  severity: Severity.WARNING,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: a DaemonSet without an HMAC key signs with the public default key (warning)',
  explanation: 'edge-health peers sign their votes with an HMAC key; without one they use the default key from the SuperEdge source code, so anyone on the network can forge votes and get pods evicted.',
  check(model: TopologyModel): RuleFinding[] {
    return model.edgeHealths.filter(h => h.daemonSet && h.mode !== 'no-eviction' && h.mode !== 'off' && !h.hmacKey).map(h => ({
      origin: h.origin,
      message: 'the edge-health DaemonSet has no HMAC key, so peers sign their votes with the default key published in the SuperEdge source code: anyone on the network can forge votes',
      fix: 'pass hmacKey: { secret: kplus.Secret.fromSecretName(this, \'hmac\', \'edge-health-hmac\'), key: \'hmackey\' } (a Secret you create outside the manifests)',
    }));
  },
};
