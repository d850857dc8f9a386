import { selectionFindings } from './selection-findings';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F10: selections select at least one site (reported where the selection is used). */
export const SelectionSelectsSites: TopologyRule = {
  id: 'SE-F10',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'selections select at least one site (reported where the selection is used)',
  explanation: 'A selection that picks no site (values are compared exactly, case included) makes an empty group, an override of nobody or a wave that never reaches anyone.',
  check(model: TopologyModel): RuleFinding[] {
    return selectionFindings(model, 'SE-F10');
  },
};
