import { catalogueFindings } from './helpers';
import { checkFieldTypes } from '../../../catalog/checks/field-types';
import { checkFactValues } from '../../../catalog/checks/node-facts';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F08: catalogue: values have the right type (sites maps, nodes lists of maps, names and attributes strings, gpu a boolean, arch amd64/arm64/arm). */
export const ValuesTyped: TopologyRule = {
  id: 'SE-F08',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue: values have the right type (sites maps, nodes lists of maps, names and attributes strings, gpu a boolean, arch amd64/arm64/arm)',
  explanation: 'Attributes are compared as strings and node facts become EdgeNode fields: a number where a string is expected (a YAML store id 0042 reads as 42) or an unknown architecture would select or label the wrong sites.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F08', c => [...checkFieldTypes(c.sites), ...checkFactValues(c.sites)]);
  },
};
