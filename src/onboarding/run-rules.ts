import type { TopologyModel } from '../model/types';
import type { TopologyRule } from '../validation/rule';
import type { Severity } from '../validation/severity';

/** A finding of a rule run outside synthesis: the rule id, its severity and the origin. Internal. */
export interface OriginFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly origin: string;
  readonly message: string;
  readonly fix: string;
}

/** Runs rules on a model, in their order. Internal. */
export function runRules(rules: readonly TopologyRule[], model: TopologyModel): OriginFinding[] {
  return rules.flatMap(rule => rule.check(model).map(f => ({
    ruleId: rule.id, severity: f.severity ?? rule.severity, origin: f.origin, message: f.message, fix: f.fix,
  })));
}
