import { wrongType } from './checks/field-types';
import { sourceProblem } from './checks/source';
import { RawCatalog, RawEntry, RawNode, RawSite } from './raw-catalog';
import type { CheckResult } from '../validation/findings';

/**
 * Reads in-memory records (`SiteCatalog.fromRecords`): `{ name, nodes, attributes }`
 * per site, nodes `{ name, arch, interface, gpu, instanceId, networkCidr, cpu, memory }`.
 * Places are record paths (`records[2].nodes[0].cpu`). Anything a JavaScript or Python
 * caller may pass (null, wrong types) becomes a problem, never a TypeError. Internal.
 */
export function readRecords(records: unknown): RawCatalog {
  if (!Array.isArray(records)) {
    return { sites: [], problems: [sourceProblem('records', `the records are ${records === null ? 'null' : typeof records}, not a list of sites`, 'pass a list of SiteRecord: [{ name, nodes: [...] }]')] };
  }
  const problems: CheckResult[] = [];
  const sites: RawSite[] = [];
  records.forEach((r: any, i) => {
    const at = `records[${i}]`;
    if (!isMap(r)) {
      problems.push(wrongType(at, 'a site record', 'a SiteRecord ({ name, nodes, attributes })', r));
      return;
    }
    const attributes: RawEntry[] = [];
    if (r.attributes !== undefined && r.attributes !== null) {
      if (!isMap(r.attributes)) problems.push(wrongType(`${at}.attributes`, 'attributes', 'a map of strings', r.attributes));
      else for (const key of Object.keys(r.attributes)) attributes.push({ key, value: r.attributes[key], at: `${at}.attributes.${key}` });
    }
    for (const key of Object.keys(r)) {
      if (key === 'name' || key === 'nodes' || key === 'attributes') continue;
      problems.push({
        ruleId: 'SE-F08',
        message: `${at}.${key}: a SiteRecord has name, nodes and attributes; "${key}" is none of them`,
        fix: `put site attributes in "attributes": { ${key}: ... }`,
      });
    }
    const nodes: RawNode[] = [];
    if (!Array.isArray(r.nodes)) {
      if (r.nodes !== undefined) problems.push(wrongType(`${at}.nodes`, 'nodes', 'a list of SiteNodeRecord', r.nodes));
    } else {
      r.nodes.forEach((n: any, j: number) => {
        const nodeAt = `${at}.nodes[${j}]`;
        if (!isMap(n)) {
          problems.push(wrongType(nodeAt, 'a node record', 'a SiteNodeRecord ({ name, ...facts })', n));
          return;
        }
        const facts = Object.keys(n).filter(k => k !== 'name' && n[k] !== undefined).map(key => ({ key, value: n[key], at: `${nodeAt}.${key}` }));
        nodes.push({ at: nodeAt, name: 'name' in n ? { key: 'name', value: n.name, at: `${nodeAt}.name` } : undefined, facts });
      });
    }
    sites.push({ at, name: 'name' in r ? { key: 'name', value: r.name, at: `${at}.name` } : undefined, attributes, nodes });
  });
  return { sites, problems };
}

function isMap(v: unknown): v is { [k: string]: any } {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
