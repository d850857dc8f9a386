import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-G05: a group has members, a selector or autoFindNodeKeys. */
export const GroupHasMembers: TopologyRule = {
  id: 'SE-G05',
  severity: Severity.WARNING,
  area: RuleArea.GROUP,
  summary: 'a group without members, selector or autoFindNodeKeys is empty (warning)',
  explanation: 'A group with no way to get members is valid but empty: grids on it create nothing.',
  check(model: TopologyModel): RuleFinding[] {
    return model.groups.filter(g => g.memberIds.length === 0 && !g.selector && g.autoFindNodeKeys.length === 0).map(g => ({
      origin: g.origin,
      message: `NodeGroup "${g.name}" has no units, no selector and no autoFindNodeKeys, so grids on it deploy nowhere`,
      fix: 'add units with nodeUnits / addNodeUnit(), or give a selector',
    }));
  },
};
