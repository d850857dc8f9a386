import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-I10: an ingress without rules routes nothing. */
export const IngressHasRules: TopologyRule = {
  id: 'SE-I10',
  severity: Severity.WARNING,
  area: RuleArea.INGRESS,
  summary: 'ingress: an ingress without rules routes nothing (warning)',
  explanation: 'The Ingress objects of a multi-region ingress without rules are valid but route nothing; usually the rules were meant to be added with addRule().',
  check(model: TopologyModel): RuleFinding[] {
    return model.ingresses.filter(i => i.rules.length === 0).map(i => ({
      origin: i.origin,
      message: `MultiRegionIngress "${i.name}" has no rules: its Ingress objects route nothing`,
      fix: 'pass rules or call addRule()',
    }));
  },
};
