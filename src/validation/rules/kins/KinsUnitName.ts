import type { TopologyModel } from '../../../model/types';
import { MAX_KINS_L4_UNIT_NAME, MAX_KINS_L5_UNIT_NAME, MAX_STATEFULSET_NAME } from '../../../superedge/names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-K04: Kins unit names fit the names Kins derives from them. */
export const KinsUnitName: TopologyRule = {
  id: 'SE-K04',
  severity: Severity.ERROR,
  area: RuleArea.KINS,
  summary: 'Kins unit names start with a letter and have at most 40 (L4) / 35 (L5) characters',
  explanation: 'Kins names its StatefulSets `<unit>-server-kins` (and `-join` at L5), which must stay within 52 characters, and its Services `<unit>-svc-kins`, which must be DNS-1035 labels.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units.filter(x => x.kins !== undefined)) {
      const l5 = u.autonomyLevel === 'L5';
      const max = l5 ? MAX_KINS_L5_UNIT_NAME : MAX_KINS_L4_UNIT_NAME;
      const name = u.name;
      if (name.length <= max && /^[a-z]/.test(name)) continue;
      out.push({
        origin: u.origin,
        message: `Kins unit name "${name}" ${name.length > max ? `has ${name.length} characters, more than the ${max} that ${l5 ? 'L5' : 'L4'} allows (the StatefulSet "${name}-server-kins${l5 ? '-join' : ''}" must stay within ${MAX_STATEFULSET_NAME})` : 'does not start with a letter (the Services "<unit>-svc-kins" must be DNS-1035 labels)'}`,
        fix: `choose a name starting with a letter and of at most ${max} characters`,
      });
    }
    return out;
  },
};
