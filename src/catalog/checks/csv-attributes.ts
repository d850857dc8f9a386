import type { CheckResult } from '../../validation/findings';
import type { CsvRow } from '../read-csv';

/** SE-F05: in a CSV catalogue, a site attribute has the same value on every row of the site. Pure. */
export function checkCsvAttributes(rows: readonly CsvRow[]): CheckResult[] {
  const out: CheckResult[] = [];
  const first = new Map<string, CsvRow>();
  for (const r of rows) {
    const site = String(r.site.value);
    if (site === '') continue;
    const f = first.get(site);
    if (!f) {
      first.set(site, r);
      continue;
    }
    for (const a of r.attributes) {
      const expected = f.attributes.find(x => x.key === a.key);
      if (expected === undefined || expected.value === a.value) continue;
      out.push({
        ruleId: 'SE-F05',
        message: `${a.at}: attribute "${a.key}" of site "${site}" is ${JSON.stringify(a.value)} here but ${JSON.stringify(expected.value)} on its first row (${f.at}); a site attribute is one value per site`,
        fix: `write the same ${a.key} on every row of site "${site}"`,
      });
    }
  }
  return out;
}
