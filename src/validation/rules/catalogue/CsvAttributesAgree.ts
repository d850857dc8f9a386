import { catalogueFindings } from './helpers';
import { checkCsvAttributes } from '../../../catalog/checks/csv-attributes';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F05: catalogue (CSV): a site attribute has the same value on every row of the site. */
export const CsvAttributesAgree: TopologyRule = {
  id: 'SE-F05',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue (CSV): a site attribute has the same value on every row of the site',
  explanation: 'In a CSV catalogue a row is a node and the other columns are the site\'s attributes: rows of one site that disagree leave it undecided which sites a selection picks.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F05', c => checkCsvAttributes(c.csvRows ?? []));
  },
};
