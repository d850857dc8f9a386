import { catalogueFindings } from './helpers';
import { checkDuplicateSites } from '../../../catalog/checks/duplicate-sites';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F03: catalogue: a site is listed once. */
export const SiteListedOnce: TopologyRule = {
  id: 'SE-F03',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue: a site is listed once',
  explanation: 'Two entries of one site would be two NodeUnits of one name (one overwrites the other on the API server); the second entry is refused with both places.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F03', c => checkDuplicateSites(c.sites));
  },
};
