import type { CheckResult } from '../../validation/findings';
import { RawSite } from '../raw-catalog';

/** SE-F04: a node belongs to one site, and is listed once in it. Pure. */
export function checkNodesInTwoSites(sites: readonly RawSite[]): CheckResult[] {
  const out: CheckResult[] = [];
  const first = new Map<string, { site: string; at: string }>();
  for (const s of sites) {
    const site = typeof s.name?.value === 'string' ? s.name.value : '?';
    for (const n of s.nodes) {
      if (typeof n.name?.value !== 'string' || n.name.value === '') continue;
      const node = n.name.value;
      const prev = first.get(node);
      if (prev === undefined) {
        first.set(node, { site, at: n.name.at });
        continue;
      }
      out.push({
        ruleId: 'SE-F04',
        message: prev.site === site
          ? `${n.name.at}: node "${node}" is listed twice in site "${site}" (first at ${prev.at})`
          : `${n.name.at}: node "${node}" of site "${site}" is already in site "${prev.site}" (at ${prev.at}); a node is in one site`,
        fix: prev.site === site ? 'remove the second entry' : 'keep the node in the site where it is, and remove it from the other',
      });
    }
  }
  return out;
}
