/**
 * Which sites each wave of a rollout reaches. Pure. Internal.
 */
export interface WavePlan {
  /** Per wave (1-based in messages, 0-based here): the sites it reaches first, sorted. */
  readonly waves: string[][];
  /** Sites of waves 1..currentWave, sorted. */
  readonly updated: string[];
  /** The grid's sites not updated yet, sorted. */
  readonly pending: string[];
  /** The grid's sites that no wave reaches, sorted. */
  readonly unassigned: string[];
}

/**
 * Wave k is the sites its selection picks, among the grid's sites, that no earlier wave
 * picked. `members` are the grid's sites (undefined when its group is not known: every
 * selected site counts). `currentWave` outside 0..waves counts as 0 (SE-R03 reports it).
 */
export function planWaves(members: string[] | undefined, selected: string[][], currentWave: number): WavePlan {
  const memberSet = members ? new Set(members) : undefined;
  const seen = new Set<string>();
  const waves = selected.map(sites => {
    const fresh = sites.filter(s => (!memberSet || memberSet.has(s)) && !seen.has(s));
    for (const s of fresh) seen.add(s);
    return [...new Set(fresh)].sort();
  });
  const current = Number.isInteger(currentWave) && currentWave >= 0 && currentWave <= waves.length ? currentWave : 0;
  const updated = waves.slice(0, current).flat().sort();
  const updatedSet = new Set(updated);
  const all = members ?? [...seen];
  return {
    waves,
    updated,
    pending: all.filter(s => !updatedSet.has(s)).sort(),
    unassigned: (members ?? []).filter(s => !seen.has(s)).sort(),
  };
}
