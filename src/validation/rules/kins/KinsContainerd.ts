import type { ModelUnit, TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-K02: Kins needs containerd. */
export const KinsContainerd: TopologyRule = {
  id: 'SE-K02',
  severity: Severity.ERROR,
  area: RuleArea.KINS,
  summary: 'Kins needs containerd',
  explanation: 'Kins runs its K3s components through a CRI wrapper in front of containerd; Docker nodes cannot host a unit cluster.',
  check(model: TopologyModel): RuleFinding[] {
    const runtime = model.cluster.containerRuntime;
    if (runtime === undefined || runtime === 'containerd') return [];
    return model.units.filter(u => u.kins !== undefined).map((u: ModelUnit) => ({
      origin: u.origin,
      message: `Kins needs the containerd runtime, but the cluster declares ${runtime}`,
      fix: 'use ContainerRuntime.CONTAINERD for the cluster, or declare the unit as a normal NodeUnit',
    }));
  },
};
