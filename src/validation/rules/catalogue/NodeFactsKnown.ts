import { catalogueFindings } from './helpers';
import { checkUnknownFacts } from '../../../catalog/checks/node-facts';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-F06: catalogue: nodes give only known facts (arch, interface, gpu, instanceId, networkCidr, cpu, memory). */
export const NodeFactsKnown: TopologyRule = {
  id: 'SE-F06',
  severity: Severity.ERROR,
  area: RuleArea.CATALOGUE,
  summary: 'catalogue: nodes give only known facts (arch, interface, gpu, instanceId, networkCidr, cpu, memory)',
  explanation: 'A misspelt fact (cpus, ram) would be dropped silently and the capacity of the site not checked; the fields EdgeNode knows are the only ones a node may give.',
  check(model: TopologyModel): RuleFinding[] {
    return catalogueFindings(model, 'SE-F06', c => checkUnknownFacts(c.sites));
  },
};
