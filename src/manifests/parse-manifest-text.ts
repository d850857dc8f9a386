import { isMap, isSeq, LineCounter, parseAllDocuments, parseDocument, Node as YamlNode } from 'yaml';
import { KubeObject, ManifestDocument, ManifestReadError } from './manifest-document';
import { YAML_OPTIONS } from './yaml-schema';

/** What one file holds. */
export interface ParsedManifestFile {
  readonly documents: ManifestDocument[];
  readonly errors: ManifestReadError[];
}

/**
 * Parses the text of one manifest file: multi-document YAML, or JSON when the file
 * name ends in `.json` (strict JSON, then located with the YAML parser, which reads
 * JSON too). Empty documents (a trailing `---`) are skipped but counted, so `#DOC`
 * is the document's position between the `---` separators.
 */
export function parseManifestText(file: string, text: string): ParsedManifestFile {
  return /\.json$/i.test(file) ? parseJson(file, text) : parseYaml(file, text);
}

function parseYaml(file: string, text: string): ParsedManifestFile {
  const lc = new LineCounter();
  const out: Collector = { file, lc, documents: [], errors: [] };
  const docs = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: lc });
  // With no document at all, yaml returns an empty array (or an EmptyStream).
  const list = Array.isArray(docs) ? docs : [];
  list.forEach((d, i) => {
    const doc = i + 1;
    if (d.errors.length > 0) {
      for (const e of d.errors) {
        const at = lc.linePos(e.pos[0]);
        out.errors.push({ file, line: at.line, col: at.col, message: `document ${doc}: ${firstLine(e.message)}` });
      }
      return;
    }
    if (d.contents === null || d.contents === undefined) return;
    const node = d.contents as YamlNode;
    const value = d.toJS({ maxAliasCount: 1000 });
    if (value === null || value === undefined) return;
    addObject(out, doc, node, value);
  });
  return out;
}

function parseJson(file: string, text: string): ParsedManifestFile {
  const lc = new LineCounter();
  const out: Collector = { file, lc, documents: [], errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const at = jsonErrorPosition(e, text);
    out.errors.push({ file, line: at.line, col: at.col, message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` });
    return out;
  }
  const d = parseDocument(text, { lineCounter: lc });
  addObject(out, 1, d.contents as YamlNode | null, value);
  return out;
}

interface Collector extends ParsedManifestFile {
  readonly file: string;
  readonly lc: LineCounter;
}

/** Adds a document's object, or each item of a `kind: List`, or the reason it is not one. */
function addObject(out: Collector, doc: number, node: YamlNode | null, value: unknown): void {
  const line = lineOf(out.lc, node);
  const problem = objectProblem(value);
  if (problem) {
    out.errors.push({ file: out.file, line: line.line, col: line.col, message: `document ${doc}: ${problem}` });
    return;
  }
  const obj = value as Record<string, unknown>;
  if (isList(obj)) {
    const items = obj.items;
    if (!Array.isArray(items)) {
      out.errors.push({ file: out.file, ...line, message: `document ${doc}: kind ${String(obj.kind)} without an "items" list. Fix: put the objects under items:` });
      return;
    }
    const itemNodes = itemNodesOf(node);
    items.forEach((item, i) => {
      const at = lineOf(out.lc, itemNodes[i] ?? node);
      const why = objectProblem(item) ?? namingProblem(item as Record<string, unknown>);
      if (why) {
        out.errors.push({ file: out.file, ...at, message: `document ${doc}, item ${i + 1}: ${why}` });
      } else {
        out.documents.push({ file: out.file, doc, line: at.line, item: i + 1, object: item as KubeObject });
      }
    });
    return;
  }
  const why = namingProblem(obj);
  if (why) {
    out.errors.push({ file: out.file, ...line, message: `document ${doc}: ${why}` });
    return;
  }
  out.documents.push({ file: out.file, doc, line: line.line, object: obj as KubeObject });
}

/** `kind: List` (kubectl's) or any `*List` kind with items, as `kubectl get -o yaml` writes. */
function isList(obj: Record<string, unknown>): boolean {
  return typeof obj.kind === 'string' && /List$/.test(obj.kind) && 'items' in obj;
}

function objectProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'null' : `a ${typeof value}`;
    return `is ${what}, not a Kubernetes object. Fix: each document must be a mapping with apiVersion, kind and metadata.name`;
  }
  return undefined;
}

function namingProblem(obj: Record<string, unknown>): string | undefined {
  const missing: string[] = [];
  if (typeof obj.apiVersion !== 'string' || obj.apiVersion === '') missing.push('apiVersion');
  if (typeof obj.kind !== 'string' || obj.kind === '') missing.push('kind');
  const md = obj.metadata;
  const name = md !== null && typeof md === 'object' && !Array.isArray(md) ? (md as Record<string, unknown>).name : undefined;
  if (typeof name !== 'string' || name === '') missing.push('metadata.name');
  if (missing.length === 0) return undefined;
  const what = typeof obj.kind === 'string' && obj.kind !== '' ? `${obj.kind} object` : 'object';
  return `${what} without ${missing.join(', ')}. Fix: every object needs a string apiVersion, kind and metadata.name`;
}

function itemNodesOf(node: YamlNode | null): Array<YamlNode | undefined> {
  if (!isMap(node)) return [];
  const items = node.get('items', true);
  return isSeq(items) ? items.items.map(i => (i as YamlNode)) : [];
}

function lineOf(lc: LineCounter, node: YamlNode | null | undefined): { line: number; col: number } {
  const offset = node?.range?.[0];
  return typeof offset === 'number' ? lc.linePos(offset) : { line: 1, col: 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim();
}

/**
 * Where JSON.parse stopped. Node 22 says "(line L column C)", Node 18 "at position N";
 * Node 20 says neither, so the YAML parser (which reads JSON) is asked where the
 * syntax breaks, and the start of the file is the fallback.
 */
function jsonErrorPosition(e: unknown, text: string): { line: number; col: number } {
  const message = e instanceof Error ? e.message : '';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), col: Number(lineCol[2]) };
  const lc = new LineCounter();
  const d = parseDocument(text, { lineCounter: lc });
  const pos = /position (\d+)/.exec(message);
  if (pos) return lc.linePos(Number(pos[1]));
  if (d.errors.length > 0) return lc.linePos(d.errors[0].pos[0]);
  return { line: 1, col: 1 };
}
