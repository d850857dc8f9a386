import type { TopologyModel } from '../../../model/types';
import { siteNameProblem } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { suggestSiteName } from '../helpers';

/** SE-U01: unit names are node label keys and values. */
export const UnitNameUsable: TopologyRule = {
  id: 'SE-U01',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'unit names are node label keys and values: lower-case, at most 63 characters',
  explanation: 'site-manager labels a unit\'s nodes with the unit name as key (`<unit>: nodeunits.superedge.io`) and each group labels them with it as value (`<group>: <unit>`), so the name must be both a label key without prefix and a label value, and a cluster-scoped object name.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      const problem = siteNameProblem(u.name);
      if (!problem) continue;
      out.push({
        origin: u.origin,
        message: `NodeUnit name "${u.name}" is not usable: ${problem}; SuperEdge writes it on nodes as the label key "${u.name}" and as the value of each group's label`,
        fix: `pass a lower-case name of at most 63 characters, e.g. name: '${suggestSiteName(u.name)}'`,
      });
    }
    return out;
  },
};
