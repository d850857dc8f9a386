import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { containerNames } from '../grid/helpers';

/** SE-P06: overrides name an existing container. */
export const OverrideContainerExists: TopologyRule = {
  id: 'SE-P06',
  severity: Severity.ERROR,
  area: RuleArea.OVERRIDE,
  summary: 'overrides name an existing container',
  explanation: 'An override changes one container of the grid\'s template (the first, or the one named by containerName); a name that is not one of the grid\'s containers changes nothing. (Known from constructs only.)',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const names = containerNames(g);
      for (const o of g.overrides ?? []) {
        if (o.containerName !== undefined && !names.includes(o.containerName)) {
          out.push({
            origin: g.origin,
            message: `the override of unit "${o.unit}" names container "${o.containerName}", but ${g.kind} "${g.name}" has containers ${names.map(c => `"${c}"`).join(', ') || 'none'}`,
            fix: 'pass the name of one of the grid\'s containers as containerName',
          });
        } else if (names.length === 0 && o.changesContainer) {
          out.push({
            origin: g.origin,
            message: `the override of unit "${o.unit}" changes a container, but ${g.kind} "${g.name}" has no containers`,
            fix: 'add a container to the grid',
          });
        }
      }
    }
    return out;
  },
};
