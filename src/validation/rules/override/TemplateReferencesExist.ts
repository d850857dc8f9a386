import type { TopologyModel } from '../../../model/types';
import { DEFAULT_TEMPLATE_NAME } from '../../../superedge/templates';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-P04: template references name pool entries. */
export const TemplateReferencesExist: TopologyRule = {
  id: 'SE-P04',
  severity: Severity.ERROR,
  area: RuleArea.OVERRIDE,
  summary: 'templates and defaultTemplateName name existing templatePool entries',
  explanation: 'A template name that is neither the default nor a pool entry makes the controller fail the whole grid: it stops reconciling every site, not only the one that names it.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      const pool = g.templatePool;
      const refs: Array<[string, string]> = Object.entries(g.templates).map(([unit, name]) => [`templates["${unit}"]`, String(name)]);
      const def = g.defaultTemplateName;
      if (def !== undefined && def !== DEFAULT_TEMPLATE_NAME && def !== '') refs.push(['defaultTemplateName', def]);
      for (const [where, name] of refs) {
        if (name === DEFAULT_TEMPLATE_NAME || name === '' || Object.prototype.hasOwnProperty.call(pool, name)) continue;
        out.push({
          origin: g.origin,
          message: `${where} names the template "${name}", which is not in templatePool (entries: ${Object.keys(pool).sort().join(', ') || 'none'}); the controller then stops reconciling the whole grid, for every site`,
          fix: `add a templatePool entry "${name}" or point ${where} at an existing entry`,
        });
      }
    }
    return out;
  },
};
