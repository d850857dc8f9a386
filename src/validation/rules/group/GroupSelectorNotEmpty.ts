import { isEmptyModelSelector } from '../../../model/builder';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-G04: a group selector does not select every unit. */
export const GroupSelectorNotEmpty: TopologyRule = {
  id: 'SE-G04',
  severity: Severity.ERROR,
  area: RuleArea.GROUP,
  summary: 'a group selector must have matchLabels or matchExpressions ({} selects every unit)',
  explanation: 'site-manager reads an empty unit selector as selecting every NodeUnit, unit-node-all included, so every node would be in two units of the group.',
  check(model: TopologyModel): RuleFinding[] {
    return model.groups.filter(g => g.selector && isEmptyModelSelector(g.selector)).map(g => ({
      origin: g.origin,
      message: `the unit selector of NodeGroup "${g.name}" is empty, and an empty selector selects every NodeUnit, unit-node-all included, so every node would be in two of its units`,
      fix: 'give the selector matchLabels or matchExpressions on unit labels, or list the units',
    }));
  },
};
