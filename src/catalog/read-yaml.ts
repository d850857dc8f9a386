import * as YAML from 'yaml';
import type { CheckResult } from '../validation/findings';
import { wrongType } from './checks/field-types';
import { sourceProblem } from './checks/source';
import { place, RawCatalog, RawEntry, RawNode, RawSite } from './raw-catalog';

/**
 * Reads a YAML or JSON catalogue (JSON is read by the YAML parser, which gives the same
 * line and column positions): a list of sites, each a map with `name`, `nodes` (a list
 * of maps: `name` and node facts) and any other field as an attribute. Internal.
 */
export function readYaml(file: string, text: string): RawCatalog {
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return place(file, p.line, p.col);
  };
  // Where a field's value is (its key when the value is empty).
  const valueAt = (pair: any) => at(pair?.value?.range?.[0] ?? pair?.key?.range?.[0]);
  if (doc.errors.length > 0) {
    return {
      sites: [],
      problems: doc.errors.map(e => sourceProblem(at(e.pos[0]), `not valid YAML/JSON: ${firstLine(e.message)}`, 'correct the syntax at that place')),
    };
  }
  const top = doc.contents;
  if (top === null || (YAML.isScalar(top) && (top.value === null || top.value === ''))) {
    return { sites: [], problems: [sourceProblem(place(file, 1), 'the catalogue is empty', 'list the sites: a list of maps with name and nodes')] };
  }
  if (!YAML.isSeq(top)) {
    return { sites: [], problems: [sourceProblem(at(top.range?.[0]), `the catalogue is ${kindOf(top)}, not a list of sites`, 'write the sites as a list: "- name: shop-0001" ... ')] };
  }
  const sites: RawSite[] = [];
  const problems: CheckResult[] = [];
  for (const item of top.items) {
    const where = at((item as any)?.range?.[0]);
    if (!YAML.isMap(item)) {
      problems.push(wrongType(where, 'a site', 'a map (name, nodes and attributes)', toJs(item)));
      continue;
    }
    let name: RawEntry | undefined;
    const attributes: RawEntry[] = [];
    const nodes: RawNode[] = [];
    for (const pair of item.items) {
      const key = keyOf(pair);
      if (key === 'name') {
        name = { key, value: toJs(pair.value), at: valueAt(pair) };
      } else if (key === 'nodes') {
        if (!YAML.isSeq(pair.value)) {
          problems.push(wrongType(valueAt(pair), '"nodes"', 'a list of nodes', toJs(pair.value)));
          continue;
        }
        for (const n of pair.value.items) {
          const nodeAt = at((n as any)?.range?.[0]);
          if (!YAML.isMap(n)) {
            problems.push(wrongType(nodeAt, 'a node', 'a map (name and node facts)', toJs(n)));
            continue;
          }
          let nodeName: RawEntry | undefined;
          const facts: RawEntry[] = [];
          for (const np of n.items) {
            const entry = { key: keyOf(np), value: toJs(np.value), at: valueAt(np) };
            if (entry.key === 'name') nodeName = entry;
            else facts.push(entry);
          }
          nodes.push({ at: nodeAt, name: nodeName, facts });
        }
      } else {
        attributes.push({ key, value: toJs(pair.value), at: valueAt(pair) });
      }
    }
    sites.push({ at: where, name, attributes, nodes });
  }
  return { sites, problems };
}

function keyOf(pair: any): string {
  const k = YAML.isScalar(pair.key) ? pair.key.value : pair.key;
  return String(k);
}

function toJs(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  return YAML.isNode(node) ? node.toJSON() : node;
}

function kindOf(node: any): string {
  if (YAML.isMap(node)) return 'a map';
  if (YAML.isScalar(node)) return `the value ${JSON.stringify(node.value)}`;
  return 'not a list';
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
