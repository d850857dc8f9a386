import type { TopologyModel } from '../../../model/types';
import { DEFAULT_TEMPLATE_NAME } from '../../../superedge/templates';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-P03: no pool entry is named "default". */
export const PoolEntryReachable: TopologyRule = {
  id: 'SE-P03',
  severity: Severity.ERROR,
  area: RuleArea.OVERRIDE,
  summary: `no templatePool entry is named "${DEFAULT_TEMPLATE_NAME}" (unreachable)`,
  explanation: `The controller resolves the template name "${DEFAULT_TEMPLATE_NAME}" (and the empty name) to \`spec.template\` before it looks at the pool, so a pool entry of that name is never used.`,
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      for (const name of Object.keys(g.templatePool).sort()) {
        if (name !== DEFAULT_TEMPLATE_NAME && name !== '') continue;
        out.push({
          origin: g.origin,
          message: `templatePool entry "${name}" is unreachable: the controller resolves the template name "${DEFAULT_TEMPLATE_NAME}" (and "") to spec.template, never to the pool`,
          fix: `give the override another templateName, e.g. templateName: 'site-${name || 'pool'}'`,
        });
      }
    }
    return out;
  },
};
