import type { CheckResult } from '../../validation/findings';
import { differentContainers, OverrideFields } from '../override-layers';

/**
 * The fields of a grid's template an override touches, e.g. `image of container "web"`
 * (`firstContainer`: the name of the container an override without `containerName` changes).
 */
export function touchedFields(o: OverrideFields, firstContainer: string | undefined): string[] {
  const container = containerLabel(o.containerName ?? firstContainer);
  const out: string[] = [];
  if (o.replicas !== undefined) out.push('replicas');
  if (o.image !== undefined) out.push(`image of ${container}`);
  for (const env of Object.keys(o.env ?? {}).sort()) out.push(`env ${env} of ${container}`);
  if (o.resources !== undefined) out.push(`resources of ${container}`);
  return out;
}

/**
 * SE-R04: two rollouts on one grid never touch the same field: which one a site ends up
 * with would depend on how far each has gone. Reported on the later rollout. Pure.
 */
export function checkOverlappingRollouts(
  rollout: { name: string; override: OverrideFields },
  earlier: Array<{ name: string; override: OverrideFields }>,
  grid: { name: string; firstContainer?: string },
): CheckResult[] {
  const mine = new Set(touchedFields(rollout.override, grid.firstContainer));
  const out: CheckResult[] = [];
  for (const other of earlier) {
    const shared = touchedFields(other.override, grid.firstContainer).filter(f => mine.has(f));
    if (shared.length === 0) continue;
    out.push({
      ruleId: 'SE-R04',
      message: `GridRollout "${rollout.name}" and GridRollout "${other.name}" both change ${shared.join(', ')} of grid "${grid.name}"; a site both reach would get one or the other depending on their waves`,
      fix: `finish "${other.name}" (fold its change into the grid's template and remove it) before starting "${rollout.name}", or change different fields`,
    });
  }
  return out;
}

/**
 * SE-R05: a rollout and a site's own override change the same container (their
 * container changes cannot be merged otherwise; the rollout's win). Pure.
 */
export function checkContainerConflicts(
  rollout: string,
  override: OverrideFields,
  siteOverrides: Array<{ site: string; override: OverrideFields }>,
  firstContainer: string | undefined,
): CheckResult[] {
  const sites = siteOverrides.filter(s => differentContainers(s.override, override, firstContainer)).map(s => s.site);
  if (sites.length === 0) return [];
  return [{
    ruleId: 'SE-R05',
    message: `GridRollout "${rollout}" changes ${containerLabel(override.containerName ?? firstContainer)}, but the site overrides of ${sites.map(s => `"${s}"`).join(', ')} change another container; a site's pool template can carry one container's changes, so the rollout's replace the site's there`,
    fix: 'make the site override and the rollout change the same container (containerName), or move the site\'s change into the grid\'s template',
  }];
}

function containerLabel(name: string | undefined): string {
  return name === undefined ? 'the first container' : `container "${name}"`;
}
