import { catalogueFindings } from './helpers';
import { checkMissingNames } from '../../../catalog/checks/missing-names';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F02: catalogue: every site and node has a name (CSV: the columns site and node). */
export const SitesAndNodesNamed: TopologyRule = {
  id: 'SE-F02',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue: every site and node has a name (CSV: the columns site and node)',
  explanation: 'A site is a NodeUnit named after it and a node is a Kubernetes node name: without a name neither can be declared, and dropping the entry silently would lose a site.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F02', c => checkMissingNames(c.sites));
  },
};
