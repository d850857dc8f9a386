import type { CheckResult } from '../validation/findings';

/**
 * A catalogue as read from its source, before any check: every value with where it was
 * found (`file:line:col`, or `records[2].nodes[0]` for in-memory records), so that each
 * problem can point into the file. The readers (YAML/JSON, CSV, records) produce it; the
 * checks in `checks/` and `buildSites` consume it. Internal.
 */

/** One value and where it is. */
export interface RawEntry {
  /** The field's name (attribute, node fact). */
  readonly key: string;
  /** The value as parsed (a string, number, boolean, list, map or null). */
  readonly value: unknown;
  /** Where the value is: `file:line[:col]` or a record path. */
  readonly at: string;
}

/** A node of a site. */
export interface RawNode {
  /** Where the node's entry starts. */
  readonly at: string;
  /** Its `name`, if the entry has one. */
  readonly name?: RawEntry;
  /** Every other field: node facts, known or not. */
  readonly facts: RawEntry[];
}

/** A site. */
export interface RawSite {
  /** Where the site's entry starts (for CSV: its first row). */
  readonly at: string;
  /** Its `name`, if the entry has one. */
  readonly name?: RawEntry;
  /** Every other field but `nodes`: the site's attributes. */
  readonly attributes: RawEntry[];
  /** Its nodes. */
  readonly nodes: RawNode[];
}

/** What a reader gives: the sites it could read, and the problems it met on the way. */
export interface RawCatalog {
  /** The sites, in file order. */
  readonly sites: RawSite[];
  /** Problems of the source itself (unreadable, syntax, shape), with their place. */
  readonly problems: CheckResult[];
}

/** A place in a file: `file:line:col` (col left out when unknown). */
export function place(file: string, line: number, col?: number): string {
  return col === undefined ? `${file}:${line}` : `${file}:${line}:${col}`;
}
