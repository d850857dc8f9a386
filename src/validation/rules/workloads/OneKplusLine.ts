import type { TopologyModel } from '../../../model/types';
import { KPLUS_LINE } from '../../../workloads/kplus-line';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-V01: one cdk8s-plus line per app. */
export const OneKplusLine: TopologyRule = {
  id: 'SE-V01',
  severity: Severity.ERROR,
  area: RuleArea.VERSIONS,
  summary: 'one cdk8s-plus line per app: no cdk8s-plus-33 (or other non-27) constructs in the cluster nor objects given to its pods and grids',
  explanation: 'The grids are cdk8s-plus-27 workloads. `cdk8s init typescript-app` installs cdk8s-plus-33; TypeScript refuses its objects in a grid, '
    + 'but JavaScript and the other jsii languages pass them through and synthesize an app that mixes two lines, whose objects the library does not know.',
  check(model: TopologyModel): RuleFinding[] {
    return model.kplusObjects.map(o => ({
      origin: model.cluster.origin,
      message: `${o.where} is a ${o.fqn}, but cdk8s-superedge is built on ${KPLUS_LINE} and an app can use only one cdk8s-plus line`,
      fix: `install ${KPLUS_LINE} in place of ${o.line} (npm rm ${o.line} && npm i ${KPLUS_LINE}; Python: pip uninstall ${o.line} && pip install ${KPLUS_LINE}) `
        + `and import ${o.fqn.slice(o.line.length + 1)} from ${KPLUS_LINE}`,
    }));
  },
};
