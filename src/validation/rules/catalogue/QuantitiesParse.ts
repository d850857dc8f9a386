import { catalogueFindings } from './helpers';
import { checkQuantities } from '../../../catalog/checks/node-facts';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F07: catalogue: cpu and memory are Kubernetes quantities of at least 0. */
export const QuantitiesParse: TopologyRule = {
  id: 'SE-F07',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue: cpu and memory are Kubernetes quantities of at least 0',
  explanation: 'Allocatable CPU and memory are Kubernetes quantities (4, 3500m, 8Gi, 16G, 1e3): a value like 8GB or "4 cores" is not one, and the capacity of the site could not be checked.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F07', c => checkQuantities(c.sites));
  },
};
