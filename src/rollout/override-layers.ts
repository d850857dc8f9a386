import type { INodeUnit } from '../topology/node-unit';
import type { SiteOverride, SiteOverrideEntry } from '../workloads/grid-base';

/**
 * Per-site changes laid over a grid's own site overrides: what a rollout gives the
 * sites it has reached. Internal.
 */
export interface OverrideLayer {
  /** The templatePool entry of sites that have only this layer (the rollout's name). */
  readonly name: string;
  /** The change. */
  readonly override: SiteOverride;
  /** The sites it applies to. */
  readonly units: INodeUnit[];
}

/**
 * The grid's overrides with the layers applied in order, last wins: a site with its own
 * override gets both, merged (its pool entry `<templateName>+<layer>`); a site with only
 * layers shares one pool entry per combination of layers (`<layer>` or `<a>+<b>`), so a
 * rollout over thousands of sites adds one entry, not thousands. Internal.
 */
export function layeredOverrides(entries: SiteOverrideEntry[], layers: OverrideLayer[], firstContainer: string | undefined): SiteOverrideEntry[] {
  if (layers.length === 0) return [...entries];
  const out = [...entries];
  for (const layer of layers) {
    const names = new Set(layer.units.map(u => u.unitName));
    const covered = new Set<string>();
    for (let i = 0; i < out.length; i++) {
      const e = out[i];
      if (!names.has(e.unit.unitName)) continue;
      covered.add(e.unit.unitName);
      out[i] = { unit: e.unit, override: mergeOverrides(e.override, layer.override, firstContainer), templateName: `${e.templateName}+${layer.name}` };
    }
    for (const u of layer.units) {
      if (!covered.has(u.unitName)) out.push({ unit: u, override: layer.override, templateName: layer.name });
    }
  }
  return out;
}

/** The fields of an override the rollout checks compare (a SiteOverride, or its model form). */
export interface OverrideFields {
  readonly replicas?: number;
  readonly image?: string;
  readonly env?: { readonly [name: string]: string };
  readonly resources?: unknown;
  readonly containerName?: string;
}

/** Whether an override changes a container (image, env or resources). */
export function changesContainer(o: OverrideFields): boolean {
  return o.image !== undefined || o.env !== undefined || o.resources !== undefined;
}

/** Whether two overrides change different containers (`firstContainer`: the one without `containerName`). */
export function differentContainers(a: OverrideFields, b: OverrideFields, firstContainer: string | undefined): boolean {
  return changesContainer(a) && changesContainer(b) && (a.containerName ?? firstContainer) !== (b.containerName ?? firstContainer);
}

/**
 * `top` over `base`: each field `top` sets wins, env is merged by name. When the two
 * change different containers, only `top`'s container changes are kept (SE-R05 reports
 * it). Internal.
 */
export function mergeOverrides(base: SiteOverride, top: SiteOverride, firstContainer: string | undefined): SiteOverride {
  const sameContainer = !differentContainers(base, top, firstContainer);
  const b: SiteOverride = sameContainer ? base : { replicas: base.replicas };
  return {
    replicas: top.replicas ?? b.replicas,
    image: top.image ?? b.image,
    env: b.env || top.env ? { ...(b.env ?? {}), ...(top.env ?? {}) } : undefined,
    resources: top.resources ?? b.resources,
    containerName: changesContainer(top) ? top.containerName : b.containerName,
  };
}
