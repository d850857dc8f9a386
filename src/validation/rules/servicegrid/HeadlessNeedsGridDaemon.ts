import type { TopologyModel } from '../../../model/types';
import { serviceGridServiceName } from '../../../superedge/names';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-S10: a headless ServiceGrid relies on statefulset-grid-daemon. */
export const HeadlessNeedsGridDaemon: TopologyRule = {
  id: 'SE-S10',
  severity: Severity.WARNING,
  area: RuleArea.SERVICE_GRID,
  summary: 'a headless ServiceGrid needs statefulset-grid-daemon on the edge nodes (warning on open-source SuperEdge; suppress when it runs)',
  explanation: 'The per-site names of a StatefulSetGrid (`<grid>-<i>.<grid-svc>`, the local unit\'s pod) are written into every '
    + 'edge node\'s hosts file by statefulset-grid-daemon; without it a headless Service resolves to every site\'s pods. TKE Edge '
    + 'runs it; an open-source cluster only when it was installed, which the library cannot see: suppress the warning '
    + '(Findings.suppress) once it runs.',
  check(model: TopologyModel): RuleFinding[] {
    if (model.cluster.platform !== 'superedge') return [];
    const served = new Set(model.grids.filter(g => g.kind === 'StatefulSetGrid' && g.serviceGridId).map(g => g.serviceGridId));
    return model.serviceGrids.filter(sg => sg.template?.clusterIP === 'None' && served.has(sg.id)).map(sg => ({
      origin: sg.origin,
      message: `headless ServiceGrid "${sg.name}" relies on statefulset-grid-daemon on every edge node (it writes the per-site names <grid>-<i>.${serviceGridServiceName(sg.name)} to the nodes' hosts file); open-source SuperEdge clusters run it only when it was installed`,
      fix: 'install statefulset-grid-daemon (SuperEdge\'s deployment/statefulset-grid-daemon.yaml) and record it: Findings.suppress(serviceGrid, \'SE-S10\', \'statefulset-grid-daemon runs on every edge node\')',
    }));
  },
};
