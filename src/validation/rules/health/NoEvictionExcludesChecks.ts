import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-H01: no-eviction excludes health checking. */
export const NoEvictionExcludesChecks: TopologyRule = {
  id: 'SE-H01',
  severity: Severity.ERROR,
  area: RuleArea.EDGE_HEALTH,
  summary: 'edge-health: global no-eviction excludes health checking (checkUnits, unit switches, DaemonSet)',
  explanation: 'Global no-eviction switches edge-health\'s verdicts off; the platform refuses it together with units to check or the DaemonSet that would check them.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const switchedOn = model.units.filter(u => u.edgeHealth === true).map(u => u.name);
    for (const h of model.edgeHealths) {
      if (h.mode !== 'no-eviction') continue;
      const what: string[] = [];
      if (h.listed.length > 0) what.push(`checkUnits (${list(h.listed.map(u => u.name))})`);
      if (switchedOn.length > 0) what.push(`units with edgeHealth: true (${list(switchedOn)})`);
      if (h.daemonSet) what.push('daemonSet: true');
      if (what.length === 0) continue;
      out.push({
        origin: h.origin,
        message: `global no-eviction excludes health checking, but ${what.join(' and ')} ask for it; the platform refuses the two together`,
        fix: 'choose one: drop mode NO_EVICTION, or drop checkUnits, the units\' edgeHealth switch and daemonSet',
      });
    }
    return out;
  },
};
