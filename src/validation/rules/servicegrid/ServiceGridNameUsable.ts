import type { TopologyModel } from '../../../model/types';
import { MAX_SERVICE_GRID_NAME, serviceGridServiceName } from '../../../superedge/names';
import { isDns1035Label, isLabelValue } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { suggestGridName } from '../grid/helpers';

/** SE-S01: ServiceGrid names make a Service name. */
export const ServiceGridNameUsable: TopologyRule = {
  id: 'SE-S01',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: `ServiceGrid names are DNS-1035 labels of at most ${MAX_SERVICE_GRID_NAME} characters (<name>-svc is the Service)`,
  explanation: 'The ServiceGrid controller creates the Service `<name>-svc`; a Service name is a DNS-1035 label (a lower-case letter first, at most 63 characters), so the grid name must be one too, four characters shorter.',
  check(model: TopologyModel): RuleFinding[] {
    return model.serviceGrids
      .filter(sg => !isDns1035Label(sg.name) || sg.name.length > MAX_SERVICE_GRID_NAME || !isLabelValue(sg.name))
      .map(sg => ({
        origin: sg.origin,
        message: `ServiceGrid name "${sg.name}" is not usable: the controller creates the Service "${serviceGridServiceName(sg.name)}", whose name must be a DNS-1035 label (start with a lower-case letter, lower-case letters, digits and '-', at most 63 characters), so the grid name has at most ${MAX_SERVICE_GRID_NAME} characters`,
        fix: `pass a name that starts with a letter, e.g. name: '${suggestGridName(sg.name, true)}'`,
      }));
  },
};
