import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { gridPod, gridWhat } from '../metadata/helpers';

/** SE-W12: a grid has at least one container. */
export const GridHasContainers: TopologyRule = {
  id: 'SE-W12',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'a grid has at least one container',
  explanation: 'The grid controllers copy `spec.template` into a Deployment or StatefulSet per site, and the API server refuses a pod template without containers: no site would get a workload.',
  check(model: TopologyModel): RuleFinding[] {
    return model.grids.filter(g => !Array.isArray(gridPod(g).spec?.containers) || gridPod(g).spec.containers.length === 0).map(g => ({
      origin: g.origin,
      message: `${gridWhat(g)} has no containers, and a pod template without containers is rejected by the API server`,
      fix: "pass containers: [{ image: 'nginx:1.25' }] or call addContainer()",
    }));
  },
};
