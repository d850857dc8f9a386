import type { CheckResult } from '../../validation/findings';

/** What a selection check needs to know. */
export interface SelectionFacts {
  /** Who uses the selection, e.g. `NodeGroup "north"` or `wave 2 of GridRollout "web-1-5"`. */
  readonly usedBy: string;
  /** The selection as written, e.g. `select({ region: 'nort' })`. */
  readonly description: string;
  /** The attribute/value pairs that must all match (none for `all()`). */
  readonly criteria: { [key: string]: string };
  /** The catalogue's source, for messages. */
  readonly source: string;
  /** Every attribute some site of the catalogue has. */
  readonly knownAttributes: ReadonlySet<string>;
  /** How many sites it selects. */
  readonly selected: number;
}

/**
 * SE-F09: a selection only names attributes some site has; SE-F10: it selects at least
 * one site. A typo must not silently select nothing. Pure.
 */
export function checkSelection(f: SelectionFacts): CheckResult[] {
  const unknown = Object.keys(f.criteria).filter(k => !f.knownAttributes.has(k)).sort();
  if (unknown.length > 0) {
    const known = [...f.knownAttributes].sort();
    return [{
      ruleId: 'SE-F09',
      message: `${f.usedBy} uses ${f.description}, but no site of ${f.source} has the attribute${unknown.length > 1 ? 's' : ''} ${unknown.map(k => `"${k}"`).join(', ')} (attributes: ${known.join(', ') || 'none'})`,
      fix: 'select by an attribute the sites have (check its spelling), or add the attribute to the catalogue',
    }];
  }
  if (f.selected === 0) {
    return [{
      ruleId: 'SE-F10',
      message: `${f.usedBy} uses ${f.description}, which selects no site of ${f.source}`,
      fix: 'check the values (they are compared exactly, case included), or drop the selection',
    }];
  }
  return [];
}
