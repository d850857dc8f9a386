import { suggestGridName } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { isDns1123Subdomain, isLabelValue } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W01: grid names are label values and DNS names. */
export const GridNameUsable: TopologyRule = {
  id: 'SE-W01',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'grid names are label values and lower-case DNS names',
  explanation: 'The grid controllers validate the grid name as a label value (it becomes `superedge.io/grid-selector` on every workload they create) and name the per-site workloads `<grid>-<unit>`, which must be DNS names.',
  check(model: TopologyModel): RuleFinding[] {
    return model.grids.filter(g => !(isLabelValue(g.name) && g.name !== '' && isDns1123Subdomain(g.name))).map(g => ({
      origin: g.origin,
      message: `${g.kind} name "${g.name}" is not usable: the controller validates it as a label value (at most 63 of [A-Za-z0-9._-]) and it names objects (lower-case DNS name)`,
      fix: `pass a lower-case name of at most 63 characters of letters, digits and '-', e.g. name: '${suggestGridName(g.name)}'`,
    }));
  },
};
