import { checkSelection } from '../../../catalog/checks/selection';
import type { ModelSelectionUse, TopologyModel } from '../../../model/types';
import type { CheckResult } from '../../findings';
import type { RuleFinding } from '../../rule';

/** SE-F09 / SE-F10 of one selection use (none when its catalogue could not be read). Internal. */
export function selectionProblems(model: TopologyModel, use: ModelSelectionUse): CheckResult[] {
  const catalogue = model.catalogues.find(c => c.id === use.catalogueId);
  if (!catalogue || catalogue.unreadable) return [];
  return checkSelection({
    usedBy: use.usedBy,
    description: use.description,
    criteria: use.criteria,
    source: catalogue.source,
    knownAttributes: new Set(catalogue.attributes),
    selected: use.siteNames.length,
  });
}

/**
 * Whether a use is left to other findings: its catalogue could not be read (SE-F01), or
 * the selection has its own SE-F09/F10. Rules about what it selects (SE-R01) skip it. Internal.
 */
export function selectionReported(model: TopologyModel, use: ModelSelectionUse): boolean {
  const catalogue = model.catalogues.find(c => c.id === use.catalogueId);
  return !catalogue || catalogue.unreadable || selectionProblems(model, use).length > 0;
}

/** The findings of one selection rule at the origin of each use. Internal. */
export function selectionFindings(model: TopologyModel, ruleId: string): RuleFinding[] {
  const uses = [...model.selectionUses, ...model.rollouts.flatMap(r => r.waves)];
  return uses.flatMap(use => selectionProblems(model, use)
    .filter(p => p.ruleId === ruleId)
    .map(p => ({ origin: use.origin, message: p.message, fix: p.fix })));
}
