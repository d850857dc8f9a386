import { isEmptyModelSelector } from '../../../model/builder';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U03: a unit selector selects something. */
export const UnitSelectorNotEmpty: TopologyRule = {
  id: 'SE-U03',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'a unit selector must have matchLabels or matchExpressions ({} selects nothing)',
  explanation: 'site-manager reads an empty node selector as selecting no node at all, unlike Kubernetes selectors elsewhere.',
  check(model: TopologyModel): RuleFinding[] {
    return model.units.filter(u => u.selector && isEmptyModelSelector(u.selector)).map(u => ({
      origin: u.origin,
      message: 'the node selector has neither matchLabels nor matchExpressions, and such a selector selects no node at all',
      fix: "give the selector matchLabels or matchExpressions (e.g. matchLabels: { site: 'beijing' }), or leave it out and list nodes",
    }));
  },
};
