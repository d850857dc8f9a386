import type { CheckResult } from '../../validation/findings';
import { RawSite } from '../raw-catalog';

/** SE-F02: every site and every node has a name. Pure. */
export function checkMissingNames(sites: readonly RawSite[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sites) {
    if (s.name === undefined || s.name.value === '' || s.name.value === null) {
      out.push({
        ruleId: 'SE-F02',
        message: `${s.name?.at ?? s.at}: a site has no name${s.nodes.length > 0 ? ` (its nodes: ${s.nodes.map(n => n.name?.value ?? '?').join(', ')})` : ''}, so it cannot become a NodeUnit`,
        fix: 'give the site a name (YAML/JSON: "name: shop-0001"; CSV: the "site" column)',
      });
    }
    for (const n of s.nodes) {
      if (n.name === undefined || n.name.value === '' || n.name.value === null) {
        out.push({
          ruleId: 'SE-F02',
          message: `${n.name?.at ?? n.at}: a node of site "${s.name?.value ?? '?'}" has no name`,
          fix: 'give the node its Kubernetes node name (YAML/JSON: "name: shop-0001-a"; CSV: the "node" column)',
        });
      }
    }
  }
  return out;
}
