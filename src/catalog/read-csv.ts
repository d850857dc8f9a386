import { parse } from 'csv-parse/sync';
import { sourceProblem } from './checks/source';
import { NODE_FACTS } from './node-facts';
import { place, RawCatalog, RawEntry, RawSite } from './raw-catalog';
import type { CheckResult } from '../validation/findings';

/** The columns every CSV catalogue has. */
export const CSV_SITE_COLUMN = 'site';
export const CSV_NODE_COLUMN = 'node';

/** One CSV row: a node of a site, with the site's attributes. Internal. */
export interface CsvRow {
  /** `file:line` of the row. */
  readonly at: string;
  readonly site: RawEntry;
  readonly node: RawEntry;
  /** The node-fact columns that have a value. */
  readonly facts: RawEntry[];
  /** Every other column: site attributes. */
  readonly attributes: RawEntry[];
}

/**
 * A cell of a CSV row. Its place (`file:line (column <name>)`) is made only when a
 * message needs it: a catalogue of ten thousand sites has a few hundred thousand cells.
 */
class CsvCell implements RawEntry {
  public constructor(public readonly key: string, public readonly value: string, private readonly rowAt: string) {}

  public get at(): string {
    return `${this.rowAt} (column ${this.key})`;
  }
}

/** A CSV catalogue's rows, and the problems of the file itself. Internal. */
export interface CsvRows {
  readonly rows: CsvRow[];
  readonly problems: CheckResult[];
}

/**
 * Reads a CSV catalogue (RFC 4180, parsed by csv-parse): a header row, then one row per
 * node with the columns `site` and `node`, node facts by their names and every other
 * column a site attribute. Internal.
 */
export function readCsvRows(file: string, text: string): CsvRows {
  let records: Array<{ record: string[]; line: number }>;
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
      // Each record with the line it starts on: csv-parse counts the lines up to the end
      // of a record, and a quoted field may span lines. (Cheaper than `info`/`raw`.)
      // (csv-parse's types allow on_record to return records only, hence the casts.)
      on_record: ((record: string[], context: { lines: number }) => ({ record, line: context.lines - newlines(record) })) as any,
    }) as unknown as Array<{ record: string[]; line: number }>;
  } catch (e: any) {
    return { rows: [], problems: [sourceProblem(place(file, e.lines ?? 1), `not valid CSV: ${e.message}`, 'correct the CSV at that line (quotes must be closed and doubled inside quoted fields)')] };
  }
  if (records.length === 0) {
    return { rows: [], problems: [sourceProblem(place(file, 1), 'the catalogue is empty', `write a header row with the columns ${CSV_SITE_COLUMN} and ${CSV_NODE_COLUMN}, then one row per node`)] };
  }
  const lineOf = (r: { line: number }) => r.line;
  const header = records[0].record.map(h => h.trim());
  const problems: CheckResult[] = [];
  const missing = [CSV_SITE_COLUMN, CSV_NODE_COLUMN].filter(c => !header.includes(c));
  if (missing.length > 0) {
    problems.push({
      ruleId: 'SE-F02',
      message: `${place(file, lineOf(records[0]))}: the header has no column ${missing.map(c => `"${c}"`).join(' and ')} (columns: ${header.join(', ')}), so no row names its ${missing.map(c => c === CSV_SITE_COLUMN ? 'site' : 'node').join(' and ')}`,
      fix: `add the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} to the header row`,
    });
    return { rows: [], problems };
  }
  const seen = new Set<string>();
  for (const h of header) {
    if (seen.has(h)) problems.push(sourceProblem(place(file, lineOf(records[0])), `the header names the column "${h}" twice`, 'give every column its own name'));
    seen.add(h);
  }
  const siteIndex = header.indexOf(CSV_SITE_COLUMN);
  const nodeIndex = header.indexOf(CSV_NODE_COLUMN);
  const others = header.map((_, i) => i).filter(i => i !== siteIndex && i !== nodeIndex);
  const factIndices = others.filter(i => NODE_FACTS.includes(header[i]));
  const attributeIndices = others.filter(i => !NODE_FACTS.includes(header[i]));
  const rows: CsvRow[] = [];
  for (const r of records.slice(1)) {
    const at = place(file, lineOf(r));
    if (r.record.length !== header.length) {
      problems.push(sourceProblem(at, `the row has ${r.record.length} fields, the header ${header.length}`, 'give every row one field per header column (quote fields that contain commas)'));
      continue;
    }
    const site = new CsvCell(CSV_SITE_COLUMN, r.record[siteIndex], at);
    const node = new CsvCell(CSV_NODE_COLUMN, r.record[nodeIndex], at);
    const facts: RawEntry[] = [];
    const attributes: RawEntry[] = [];
    for (const i of factIndices) if (r.record[i] !== '') facts.push(new CsvCell(header[i], r.record[i], at));
    for (const i of attributeIndices) attributes.push(new CsvCell(header[i], r.record[i], at));
    rows.push({ at, site: site!, node: node!, facts, attributes });
  }
  return { rows, problems };
}

function newlines(record: string[]): number {
  let n = 0;
  for (const field of record) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/**
 * The sites of CSV rows: rows grouped by site name in the order sites first appear, the
 * site's attributes from its first row (SE-F05 checks that the others agree). A row with
 * an empty site name is a site without a name of its own. Internal.
 */
export function sitesOfRows(rows: CsvRow[]): RawSite[] {
  const byName = new Map<string, { at: string; name: RawEntry; attributes: RawEntry[]; nodes: RawSite['nodes'][number][] }>();
  const out: RawSite[] = [];
  for (const r of rows) {
    const node = { at: r.at, name: r.node.value === '' ? undefined : r.node, facts: r.facts };
    const name = String(r.site.value);
    if (name === '') {
      out.push({ at: r.at, attributes: r.attributes, nodes: [node] });
      continue;
    }
    let site = byName.get(name);
    if (!site) {
      site = { at: r.at, name: r.site, attributes: r.attributes, nodes: [] };
      byName.set(name, site);
      out.push(site);
    }
    site.nodes.push(node);
  }
  return out;
}

/** Reads a CSV catalogue into sites. Internal. */
export function readCsv(file: string, text: string): RawCatalog & { rows: CsvRow[] } {
  const { rows, problems } = readCsvRows(file, text);
  return { sites: sitesOfRows(rows), problems, rows };
}
