import type { TopologyModel } from '../../../model/types';
import { parseCidr } from '../../cidr';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-K05: the Kins service CIDR parses. */
export const KinsServiceCidr: TopologyRule = {
  id: 'SE-K05',
  severity: Severity.ERROR,
  area: RuleArea.KINS,
  summary: 'the Kins service CIDR must parse',
  explanation: 'site-manager silently falls back to 26.0.0.0/16 when the unit cluster\'s service CIDR does not parse.',
  check(model: TopologyModel): RuleFinding[] {
    return model.units.filter(u => u.kins !== undefined).filter(u => u.kins!.serviceCidr !== undefined && !parseCidr(u.kins!.serviceCidr)).map(u => ({
      origin: u.origin,
      message: `Kins service CIDR "${u.kins!.serviceCidr}" does not parse; site-manager would silently fall back to 26.0.0.0/16`,
      fix: 'give an IPv4 CIDR such as 26.1.0.0/16',
    }));
  },
};
