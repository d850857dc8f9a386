import type { TopologyModel } from '../../../model/types';
import { MAX_SERVICE_GRID_NAME, MAX_SERVICE_GRID_NAME_ENDPOINTSLICE, serviceGridServiceName } from '../../../superedge/names';
import { isDns1035Label, isLabelValue } from '../../names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-S02: ServiceGrid names fit EndpointSlice names. */
export const ServiceGridNameFitsSlices: TopologyRule = {
  id: 'SE-S02',
  severity: Severity.ERROR,
  area: RuleArea.SERVICE_GRID,
  summary: `ServiceGrid names have at most ${MAX_SERVICE_GRID_NAME_ENDPOINTSLICE} characters (EndpointSlice mode of the wrapper)`,
  explanation: 'EndpointSlices of a Service are named from a truncated Service name; the shipped application-grid-wrapper finds the Service of a slice from its name, so a longer ServiceGrid name loses the per-site filtering.',
  check(model: TopologyModel): RuleFinding[] {
    return model.serviceGrids
      // SE-S01 reports the names that are not usable at all.
      .filter(sg => isDns1035Label(sg.name) && sg.name.length <= MAX_SERVICE_GRID_NAME && isLabelValue(sg.name))
      .filter(sg => sg.name.length > MAX_SERVICE_GRID_NAME_ENDPOINTSLICE)
      .map(sg => ({
        origin: sg.origin,
        message: `ServiceGrid name "${sg.name}" has ${sg.name.length} characters: with EndpointSlices (the shipped application-grid-wrapper uses them) the slice names of "${serviceGridServiceName(sg.name)}" are truncated and the wrapper cannot find the Service, so traffic is not kept inside the site`,
        fix: `use a name of at most ${MAX_SERVICE_GRID_NAME_ENDPOINTSLICE} characters`,
      }));
  },
};
