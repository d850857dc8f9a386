import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-S07: a ServiceGrid selects by labels. */
export const ServiceGridSelectsByLabels: TopologyRule = {
  id: 'SE-S07',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: 'a ServiceGrid selects pods by labels only',
  explanation: 'A Service selector is a map of labels; match expressions cannot be written into it and would be dropped, so the Service would select more pods than meant.',
  check(model: TopologyModel): RuleFinding[] {
    return model.serviceGrids.filter(sg => (sg.selectorExpressions ?? []).length > 0).map(sg => ({
      origin: sg.origin,
      message: `the selector of ServiceGrid "${sg.name}" has match expressions (${sg.selectorExpressions!.map(e => `${e.key} ${e.operator}`).join(', ')}); a Service selects by labels only`,
      fix: 'select pods by labels only (LabelSelector.of({ labels }) or a grid)',
    }));
  },
};
