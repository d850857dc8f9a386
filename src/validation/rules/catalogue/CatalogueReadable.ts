import { catalogueFindings } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F01: catalogue: the file can be read, its format is known (.yaml, .yml, .json, .csv) and it parses as a list of sites. */
export const CatalogueReadable: TopologyRule = {
  id: 'SE-F01',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue: the file can be read, its format is known (.yaml, .yml, .json, .csv) and it parses as a list of sites',
  explanation: 'A catalogue that cannot be read yields no sites, so none of its units would be emitted; the problem is reported with its place in the file (line and column from the yaml package, lines from csv-parse) instead of an exception.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F01');
  },
};
