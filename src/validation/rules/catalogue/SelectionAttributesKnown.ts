import { selectionFindings } from './selection-findings';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F09: selections name attributes some site of the catalogue has (reported where the selection is used). */
export const SelectionAttributesKnown: TopologyRule = {
  id: 'SE-F09',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'selections name attributes some site of the catalogue has (reported where the selection is used)',
  explanation: 'A typo in an attribute (regoin) must not silently select nothing: a group, override or rollout wave would then quietly miss every site.',
  check(model: TopologyModel): RuleFinding[] {
    return selectionFindings(model, 'SE-F09');
  },
};
