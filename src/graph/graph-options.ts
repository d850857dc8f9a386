/**
 * Options of the topology pictures.
 */
export interface GraphOptions {
  /**
   * Past this many units, a group (or a cluster's units in no group) is drawn as one
   * box with the count of units, nodes and units per wave, so large fleets stay
   * readable. The HTML page's table still lists every site.
   * @default 30
   */
  readonly collapseThreshold?: number;
}

/** The threshold, checked. Internal. */
export function collapseThresholdOf(options: GraphOptions | undefined): number {
  const t = options?.collapseThreshold ?? 30;
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 1) {
    throw new Error(`topology graph: collapseThreshold must be a whole number of at least 1, got ${JSON.stringify(t)}. Fix: pass e.g. collapseThreshold: 30`);
  }
  return t;
}
