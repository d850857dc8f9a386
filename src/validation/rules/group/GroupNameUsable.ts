import type { TopologyModel } from '../../../model/types';
import { ALL_NODES_UNIT_NAME } from '../../../superedge/labels';
import { siteNameProblem } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { suggestSiteName } from '../helpers';

/** SE-G01: group names are node label keys. */
export const GroupNameUsable: TopologyRule = {
  id: 'SE-G01',
  severity: Severity.ERROR,
  area: RuleArea.GROUP,
  summary: 'group names are node label keys: lower-case, at most 63 characters, not unit-node-all',
  explanation: 'site-manager labels the nodes of each member unit `<group>: <unit>` and the units `<group>: nodegroups.superedge.io`, so a group name is a label key without prefix and a cluster-scoped object name.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.groups) {
      const problem = siteNameProblem(g.name) ?? (g.name === ALL_NODES_UNIT_NAME ? 'it is the name of the platform\'s default unit' : undefined);
      if (!problem) continue;
      out.push({
        origin: g.origin,
        message: `NodeGroup name "${g.name}" is not usable: ${problem}; SuperEdge writes it on nodes as a label key "${g.name}=<unit>"`,
        fix: `pass a lower-case name of at most 63 characters, e.g. name: '${suggestSiteName(g.name)}'`,
      });
    }
    return out;
  },
};
