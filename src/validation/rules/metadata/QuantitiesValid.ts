import { gridContainers, gridWhat, idOf } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { quantityProblems } from '../../props/prop-values';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { emitsDaemonSet } from '../health/helpers';

const FIX = 'pass finite amounts of at least 0, e.g. Size.mebibytes(64) and kplus.Cpu.millis(100)';

/** SE-M04: resource requests and limits are quantities. */
export const QuantitiesValid: TopologyRule = {
  id: 'SE-M04',
  severity: Severity.ERROR,
  area: RuleArea.METADATA,
  summary: 'resource requests and limits are finite quantities of at least 0 (Size.mebibytes(NaN) would be NaNMi)',
  explanation: 'cdk8s-plus renders a Size or Cpu of NaN or Infinity as the string `NaNMi` or `Infinitym`, which the API server refuses as a quantity; a negative amount is refused too. Checked on grid containers and site overrides, the ingress controllers and the edge-health DaemonSet.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const problems = [
        ...gridContainers(g).flatMap(c => quantityProblems(`container "${c.name ?? ''}"`, c.resources)),
        ...(g.overrides ?? []).filter(o => o.resources !== undefined)
          .flatMap(o => quantityProblems(`the override of unit "${o.unit}": container`, o.resources)),
      ];
      if (problems.length > 0) out.push({ origin: g.origin, message: `${gridWhat(g)}: ${problems.join('; ')}`, fix: FIX });
    }
    for (const i of model.ingresses) {
      if (!i.emitsControllers) continue;
      const problems = quantityProblems('resources:', i.controllerResources);
      if (problems.length > 0) out.push({ origin: i.origin, message: `MultiRegionIngress "${i.name}": ${problems.join('; ')}`, fix: FIX });
    }
    for (const h of model.edgeHealths) {
      if (!emitsDaemonSet(h)) continue;
      const problems = quantityProblems('resources:', h.resources);
      if (problems.length > 0) out.push({ origin: h.origin, message: `EdgeHealth "${idOf(h.origin)}": ${problems.join('; ')}`, fix: FIX });
    }
    return out;
  },
};
