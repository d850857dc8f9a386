import { newerFields } from './helpers';
import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-W08: no fields newer than the grid CRDs' schemas. */
export const TemplateFieldsKnown: TopologyRule = {
  id: 'SE-W08',
  severity: Severity.ERROR,
  area: RuleArea.GRID,
  summary: 'grid templates hold no fields newer than the grid CRDs\' Kubernetes-1.20 schemas (they are pruned)',
  explanation: 'The grid CRDs embed the Kubernetes 1.20 Deployment, StatefulSet and Service schemas; the API server prunes fields they do not know (or rejects them under strict validation), so the workloads run without them.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    const elements = [
      ...model.grids.map(g => ({ origin: g.origin, kind: g.kind as string, template: g.template })),
      ...model.serviceGrids.map(g => ({ origin: g.origin, kind: 'ServiceGrid', template: g.template })),
    ];
    for (const e of elements) {
      const fields = newerFields(e.kind, e.template);
      if (fields.length === 0) continue;
      out.push({
        origin: e.origin,
        message: `${e.kind} template sets ${fields.join(', ')}, which the ${e.kind} CRD's Kubernetes-1.20-era embedded schema does not have: the API server prunes ${fields.length > 1 ? 'them' : 'it'} (or rejects the object under kubectl's strict validation)`,
        fix: 'remove the field from the template; if the workload needs it, deploy a plain Deployment/StatefulSet/Service per site instead of a grid',
      });
    }
    return out;
  },
};
