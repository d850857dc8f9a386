import type { ModelGrid, ModelServiceGrid } from '../../../model/types';

/** What the metadata rules (SE-M) share. Internal. */

/** How findings name a grid: `DeploymentGrid "web"`. */
export function gridWhat(g: ModelGrid): string {
  return `${g.kind} "${g.name}"`;
}

/** How findings name a ServiceGrid: `ServiceGrid "web"`. */
export function serviceGridWhat(g: ModelServiceGrid): string {
  return `ServiceGrid "${g.name}"`;
}

/** The pod template of a grid (`spec.template.template`), as rendered or written; `{}` when none. */
export function gridPod(g: ModelGrid): any {
  const pod = g.template?.template;
  return pod !== null && typeof pod === 'object' ? pod : {};
}

/** The containers and then the init containers of a grid's pod template. */
export function gridContainers(g: ModelGrid): any[] {
  const spec = gridPod(g).spec;
  return [...listOf(spec?.containers), ...listOf(spec?.initContainers)].filter(c => c !== null && typeof c === 'object');
}

/**
 * The name construct paths end in (an EdgeCluster's or EdgeHealth's construct id, which
 * findings name them by); for a `file#doc` origin, the origin itself.
 */
export function idOf(origin: string): string {
  return origin.split('/').pop() ?? origin;
}

function listOf(x: unknown): any[] {
  return Array.isArray(x) ? x : [];
}
