import type { CheckResult } from '../../validation/findings';
import { RawSite } from '../raw-catalog';

/** SE-F03: a site is listed once (its name is its NodeUnit's name). Pure. */
export function checkDuplicateSites(sites: readonly RawSite[]): CheckResult[] {
  const out: CheckResult[] = [];
  const first = new Map<string, string>();
  for (const s of sites) {
    if (typeof s.name?.value !== 'string' || s.name.value === '') continue;
    const name = s.name.value;
    const prev = first.get(name);
    if (prev === undefined) {
      first.set(name, s.name.at);
      continue;
    }
    out.push({
      ruleId: 'SE-F03',
      message: `${s.name.at}: site "${name}" is listed again (first at ${prev}); a site is one NodeUnit`,
      fix: 'merge the two entries into one (nodes together), or rename one of the sites',
    });
  }
  return out;
}
