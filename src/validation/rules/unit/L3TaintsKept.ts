import type { TopologyModel } from '../../../model/types';
import { KINS_TAINT_KEY } from '../../../superedge/labels';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U05: no taint that site-manager strips from normal units. */
export const L3TaintsKept: TopologyRule = {
  id: 'SE-U05',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'normal (L3) units cannot keep NoSchedule or kins taints: SuperEdge strips them',
  explanation: 'On every sync of a normal (L3) unit, site-manager removes NoSchedule taints and taints with key `kins` from its setNode taints: such a taint never stays on the nodes.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      if (u.autonomyLevel !== 'L3') continue;
      for (const t of u.taints) {
        if (t.effect !== 'NoSchedule' && t.key !== KINS_TAINT_KEY) continue;
        out.push({
          origin: u.origin,
          message: `taint "${t.key}${t.value ? '=' + t.value : ''}:${t.effect}" is stripped from a normal (L3) unit by site-manager on every sync (it removes NoSchedule taints and taints with key "kins")`,
          fix: t.key === KINS_TAINT_KEY
            ? 'declare the unit as a KinsUnit if it should be a unit cluster, or use another key'
            : 'use effect PreferNoSchedule or NoExecute instead',
        });
      }
    }
    return out;
  },
};
