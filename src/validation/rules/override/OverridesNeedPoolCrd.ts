import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-P01: overrides need the pool-metadata CRDs. */
export const OverridesNeedPoolCrd: TopologyRule = {
  id: 'SE-P01',
  severity: Severity.ERROR,
  area: RuleArea.OVERRIDE,
  summary: 'per-site overrides need grid CRDs that keep templatePool pod metadata (GridCrd.POOL_METADATA_PRESERVED)',
  explanation: 'Per-site overrides are written as `templatePool` entries. The upstream grid CRDs do not declare the pod metadata of pool templates, so the API server prunes their labels, and the per-site workloads are refused ("selector does not match template labels").',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      if (g.crd !== 'upstream') continue;
      // From constructs: the overrides as declared; from manifests: the units given a pool template.
      const units = g.overrides ? g.overrides.map(o => o.unit) : Object.keys(g.templates).filter(u => g.templates[u] in g.templatePool);
      if (units.length === 0) continue;
      out.push({
        origin: g.origin,
        message: `${g.kind} "${g.name}" overrides sites ${units.join(', ')}, which are emitted as templatePool entries; the upstream grid CRD prunes the pod labels of pool templates, so the API server would reject the ${g.kind === 'DeploymentGrid' ? 'Deployments' : 'StatefulSets'} of those sites ("selector does not match template labels")`,
        fix: 'install grid CRDs that preserve templatePool.*.template.metadata (in the controller\'s manifest folder, or the controller reverts them) and pass gridCrd: GridCrd.POOL_METADATA_PRESERVED (or set the app context "cdk8s-superedge:gridCrd" to "pool-metadata-preserved"); or drop the overrides',
      });
    }
    return out;
  },
};
