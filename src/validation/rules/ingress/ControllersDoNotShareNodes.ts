import { controllerNodeSet, withControllers } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { list } from '../grid/helpers';

/** SE-I03: two ingress controllers do not share a node. */
export const ControllersDoNotShareNodes: TopologyRule = {
  id: 'SE-I03',
  severity: Severity.ERROR,
  area: RuleArea.INGRESS,
  summary: 'ingress: two controllers may not share a node (host ports 80/443)',
  explanation: 'Each unit\'s ingress controller binds host ports 80 and 443 on its nodes; a second controller on the same node cannot start.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const all = withControllers(model);
    for (const ing of all) {
      const reported = new Set<string>();
      for (const u of ing.units) {
        const mine = new Set(controllerNodeSet(model, u) ?? []);
        if (mine.size === 0) continue;
        for (const other of all) {
          for (const ou of other.units) {
            if (other === ing && ou === u) continue;
            const shared = (controllerNodeSet(model, ou) ?? []).filter(n => mine.has(n)).sort();
            if (shared.length === 0) continue;
            const pair = [`${ing.origin}/${u.name}`, `${other.origin}/${ou.name}`].sort().join(' ');
            if (reported.has(pair)) continue;
            reported.add(pair);
            out.push({
              origin: ing.origin,
              message: `the ingress controllers of unit "${u.name}" (${ing.name}) and unit "${ou.name}" (${other.name}) would both run on ${list(shared)}; each binds host ports 80 and 443, so only one can start there`,
              fix: 'give each controller its own nodes with controllerNodes, or route both sets of rules through one MultiRegionIngress',
            });
          }
        }
      }
    }
    return out;
  },
};
