import { gridPod, gridWhat, idOf, serviceGridWhat } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { labelProblems } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

const FIX = "use label keys such as 'app' or 'example.com/team' and values of at most 63 letters, digits, '-', '_' and '.'";

/** SE-M01: the labels the library writes are label keys and values. */
export const LabelsValid: TopologyRule = {
  id: 'SE-M01',
  severity: Severity.ERROR,
  area: RuleArea.METADATA,
  summary: 'grid, ServiceGrid, pod and chart labels are label keys and values',
  explanation: 'The API server refuses an object whose label keys are not an optional DNS-subdomain prefix and a name of at most 63 characters, or whose values are longer than 63 characters or have other characters than letters, digits, `-`, `_` and `.`; the grid controllers copy grid and pod labels onto every per-site workload, so one bad label stops every site.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const c = model.cluster;
    const chart = labelProblems('labels', c.labels);
    if (chart.length > 0) out.push({ origin: c.origin, message: `EdgeCluster "${idOf(c.origin)}": ${chart.join('; ')}`, fix: FIX });
    for (const g of model.grids) {
      const problems = [
        ...labelProblems('metadata.labels', g.labels),
        ...labelProblems('podMetadata.labels', gridPod(g).metadata?.labels),
      ];
      if (problems.length > 0) out.push({ origin: g.origin, message: `${gridWhat(g)}: ${problems.join('; ')}`, fix: FIX });
    }
    for (const g of model.serviceGrids) {
      const problems = labelProblems('metadata.labels', g.labels);
      if (problems.length > 0) out.push({ origin: g.origin, message: `${serviceGridWhat(g)}: ${problems.join('; ')}`, fix: FIX });
    }
    return out;
  },
};
