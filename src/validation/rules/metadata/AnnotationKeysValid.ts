import { gridPod, gridWhat, serviceGridWhat } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { annotationProblems } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

const FIX = "use annotation keys such as 'note' or 'example.com/owner'";

/** SE-M02: annotation keys are annotation keys. */
export const AnnotationKeysValid: TopologyRule = {
  id: 'SE-M02',
  severity: Severity.ERROR,
  area: RuleArea.METADATA,
  summary: 'grid, ServiceGrid and pod annotation keys are annotation keys',
  explanation: 'Annotation keys follow the rules of label keys (an optional DNS-subdomain prefix and `/`, then at most 63 characters); the API server refuses the object otherwise, and the grid controllers copy pod annotations onto every per-site workload.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const problems = [
        ...annotationProblems('metadata.annotations', g.annotations),
        ...annotationProblems('podMetadata.annotations', gridPod(g).metadata?.annotations),
      ];
      if (problems.length > 0) out.push({ origin: g.origin, message: `${gridWhat(g)}: ${problems.join('; ')}`, fix: FIX });
    }
    for (const g of model.serviceGrids) {
      const problems = annotationProblems('metadata.annotations', g.annotations);
      if (problems.length > 0) out.push({ origin: g.origin, message: `${serviceGridWhat(g)}: ${problems.join('; ')}`, fix: FIX });
    }
    return out;
  },
};
