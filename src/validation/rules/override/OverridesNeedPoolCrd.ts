import type { TopologyModel } from '../../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-P01: overrides, and rollouts in waves, need the pool-metadata CRDs. */
export const OverridesNeedPoolCrd: TopologyRule = {
  id: 'SE-P01',
  severity: Severity.ERROR,
  area: RuleArea.OVERRIDE,
  summary: 'per-site overrides (and rollouts in waves) need grid CRDs that keep templatePool pod metadata (GridCrd.POOL_METADATA_PRESERVED)',
  explanation: 'Per-site overrides are written as `templatePool` entries. The upstream grid CRDs do not declare the pod metadata of pool templates, so the API server prunes their labels, and the per-site workloads are refused ("selector does not match template labels"). A GridRollout writes the sites it has reached as pool entries of its grid, so the same holds for it.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const g of model.grids) {
      if (g.crd !== 'upstream') continue;
      // From constructs: the overrides as declared; from manifests: the units given a pool template.
      const units = g.overrides ? g.overrides.map(o => o.unit) : Object.keys(g.templates).filter(u => g.templates[u] in g.templatePool);
      // defaultTemplateName naming a pool entry (overrideOtherSites): every other site uses it.
      if (g.defaultTemplateName !== undefined && g.defaultTemplateName in g.templatePool && g.defaultTemplateName !== 'default') units.push('(the other sites, overrideOtherSites)');
      if (units.length === 0) continue;
      out.push({
        origin: g.origin,
        message: `${g.kind} "${g.name}" overrides sites ${units.join(', ')}, which are emitted as templatePool entries; the upstream grid CRD prunes the pod labels of pool templates, so the API server would reject the ${g.kind === 'DeploymentGrid' ? 'Deployments' : 'StatefulSets'} of those sites ("selector does not match template labels")`,
        fix: 'install grid CRDs that preserve templatePool.*.template.metadata (in the controller\'s manifest folder, or the controller reverts them) and pass gridCrd: GridCrd.POOL_METADATA_PRESERVED (or set the app context "cdk8s-superedge:gridCrd" to "pool-metadata-preserved"); or drop the overrides',
      });
    }
    // A rollout in waves writes its change as per-site pool entries of its grid too.
    const crdOf = new Map(model.grids.map(g => [g.id, g.crd] as [string, string]));
    for (const r of model.rollouts) {
      if (crdOf.get(r.gridId) !== 'upstream') continue;
      out.push({
        origin: r.origin,
        message: `GridRollout "${r.name}" rolls its change out as per-site templatePool entries of grid "${r.gridName}", and the upstream grid CRD prunes the pod labels of pool templates: the API server would reject the updated sites' workloads`,
        fix: 'install grid CRDs that preserve templatePool.*.template.metadata and pass gridCrd: GridCrd.POOL_METADATA_PRESERVED on the grid (see docs/grids.md)',
      });
    }
    return out;
  },
};
