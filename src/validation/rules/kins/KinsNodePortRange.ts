import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-K06: the Kins NodePort range is low-high. */
export const KinsNodePortRange: TopologyRule = {
  id: 'SE-K06',
  severity: Severity.ERROR,
  area: RuleArea.KINS,
  summary: 'the Kins NodePort range is low-high within 1-65535',
  explanation: 'K3s takes the NodePort range as `low-high`; anything else stops the unit cluster from starting.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units.filter(x => x.kins !== undefined)) {
      const range = u.kins!.nodePortRange;
      if (range === undefined) continue;
      const m = /^(\d+)-(\d+)$/.exec(range);
      const lo = m ? Number(m[1]) : NaN;
      const hi = m ? Number(m[2]) : NaN;
      if (m && lo >= 1 && hi <= 65535 && lo < hi) continue;
      out.push({
        origin: u.origin,
        message: `Kins NodePort range "${range}" is not "low-high" with 1 <= low < high <= 65535`,
        fix: 'give a range such as 40000-41000',
      });
    }
    return out;
  },
};
