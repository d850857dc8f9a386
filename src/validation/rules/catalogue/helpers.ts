import type { ModelCatalogue, TopologyModel } from '../../../model/types';
import type { CheckResult } from '../../findings';
import type { RuleFinding } from '../../rule';

/**
 * The findings of one SE-F rule over every catalogue of the model: what its reader met
 * in the source under this rule id, then what `check` finds in the sites read, each at
 * the catalogue's origin. Internal.
 */
export function catalogueFindings(model: TopologyModel, ruleId: string, check: (c: ModelCatalogue) => CheckResult[] = () => []): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const c of model.catalogues) {
    for (const p of [...c.readerProblems.filter(r => r.ruleId === ruleId), ...check(c)]) {
      out.push({ origin: c.origin, message: p.message, fix: p.fix });
    }
  }
  return out;
}
