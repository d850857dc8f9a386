import type { TopologyModel } from '../../../model/types';
import { annotationProblems, labelProblems } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-U09: a unit's own labels, the labels and the annotation keys it sets on nodes are valid. */
export const UnitLabelsValid: TopologyRule = {
  id: 'SE-U09',
  severity: Severity.ERROR,
  area: RuleArea.UNIT,
  summary: 'unitLabels and nodeLabels are label keys and values; nodeAnnotations keys are annotation keys',
  explanation: 'the API server rejects a NodeUnit whose own labels are not label keys and values, and site-manager copies `spec.setNode` labels and annotations onto the member nodes, where the same rules hold: each node update fails, on every sync.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const u of model.units) {
      const problems = [
        ...labelProblems('unitLabels', u.unitLabels),
        ...labelProblems('nodeLabels', u.nodeLabels),
        ...annotationProblems('nodeAnnotations', u.nodeAnnotations),
      ];
      if (problems.length === 0) continue;
      out.push({
        origin: u.origin,
        message: `NodeUnit "${u.name}": ${problems.join('; ')}`,
        fix: "use label keys such as 'zone' or 'example.com/team' and values of at most 63 letters, digits, '-', '_' and '.'",
      });
    }
    return out;
  },
};
