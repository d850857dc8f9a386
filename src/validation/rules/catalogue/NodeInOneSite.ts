import { catalogueFindings } from './helpers';
import { checkNodesInTwoSites } from '../../../catalog/checks/nodes-in-two-sites';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F04: catalogue: a node is in one site, once. */
export const NodeInOneSite: TopologyRule = {
  id: 'SE-F04',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue: a node is in one site, once',
  explanation: 'A node in two sites of one group would carry two values of the group label, which site-manager rewrites back and forth; an inventory that lists a node twice is wrong either way.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F04', c => checkNodesInTwoSites(c.sites));
  },
};
