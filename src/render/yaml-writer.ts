/**
 * A fast YAML writer for rendered manifests, byte-identical to cdk8s's `Yaml.stringify`
 * (the `yaml` package with `keepUndefined: true, lineWidth: 0, version: '1.1'`).
 *
 * It writes block maps and sequences, strings that are provably plain (see
 * `plain-scalar.ts`), safe integers, booleans and null itself. Anything else is
 * left to `yaml`:
 *
 * - a single-line scalar that needs quoting, or any other number, is rendered by
 *   `yaml` alone (its rendering does not depend on where it stands: no line folding
 *   with `lineWidth: 0`), and remembered;
 * - a document holding something whose rendering does depend on where it stands (a
 *   multi-line string, which becomes a block scalar; a document marker; a key `yaml`
 *   would write as `? key`), an object that is not a plain object or array (a Date, a
 *   class instance, a Map), a function, a bigint, or the same object twice (which `yaml`
 *   writes as an anchor and alias) goes to `yaml` whole.
 *
 * Shared sub-objects (see `shareFrozen`) are written once per indentation and then
 * copied: the controller preview gives every site of a grid the same template parts,
 * so a grid's template is serialized once, not once per site.
 *
 * Internal (not exported from the package): used by `EdgeApp`, and meant for the
 * library's other writers.
 */
import { Yaml } from 'cdk8s';
import { isPlainKey, isPlainValue } from './plain-scalar';

/**
 * The documents as one multi-document YAML string, exactly as `Yaml.stringify(...docs)`
 * writes them: each document ends with a line break, documents are separated by `---`,
 * and an undefined document is an empty line.
 */
export function toYamlDocuments(docs: any[]): string {
  const parts = new Array<string>(docs.length);
  for (let i = 0; i < docs.length; i++) parts[i] = docs[i] === undefined ? '\n' : toYamlDocument(docs[i]);
  return parts.join('---\n');
}

/** One document, exactly as `Yaml.stringify(doc)` writes it. */
export function toYamlDocument(doc: any): string {
  if (isBlockCollection(doc)) {
    const w = new Writer();
    try {
      if (Array.isArray(doc)) w.seq(doc, 0, false);
      else w.map(doc, Object.keys(doc), 0, false);
      return flat(w.out);
    } catch (e) {
      if (e !== NOT_SURE && e !== ALIAS) throw e;
    }
  }
  return Yaml.stringify(doc);
}

/**
 * The string as one flat string rather than the tree of pieces `+=` builds (which the
 * garbage collector would otherwise trace piece by piece for as long as it lives).
 */
function flat(s: string): string {
  s.charCodeAt(Math.floor(s.length / 2));
  return s;
}

/**
 * Collections marked by `shareFrozen`, with their YAML by position (`depth * 2`, plus 1
 * when the first line continues a `- ` line); null when the fast path is not sure of
 * them (the document then goes to `yaml` whole, at once).
 */
const SHARED = new WeakMap<object, Map<number, string | null>>();

/**
 * Deep-freezes `value` and marks every map and list in it as shared, so that the writer
 * writes each of them once per indentation and copies that text wherever it meets the
 * same object again. Returns `value`.
 *
 * Why this is valid: what the writer writes for a collection depends only on the
 * collection and its position (indentation, and whether it starts on a `- ` line). It
 * cannot change afterwards because everything under it is frozen. `yaml` would write
 * an anchor and alias for an object met twice in one document: the writer still sees
 * a shared collection met twice in a document (it goes to `yaml` then), but it does not
 * follow a copied collection's insides, so a caller must not put a collection from
 * inside a shared one anywhere else in the same document. That is why only trees are
 * marked (a value that holds one object twice is frozen, not marked), and the preview
 * builds each document from fresh objects and whole shared values.
 *
 * For values the library builds itself, once, for many documents (the controller
 * preview's per-grid template parts); never for a caller's objects (freezing them would
 * change what the caller holds).
 */
export function shareFrozen<T>(value: T): T {
  const collections: object[] = [];
  const tree = collect(value, collections, new Set());
  for (const c of collections) Object.freeze(c);
  if (tree) for (const c of collections) if (!SHARED.has(c)) SHARED.set(c, new Map());
  return value;
}

/** Adds every map and list in `v` to `out`; false when one is met twice (not a tree). */
function collect(v: any, out: object[], seen: Set<object>): boolean {
  if (v === null || typeof v !== 'object') return true;
  if (seen.has(v)) return false;
  seen.add(v);
  out.push(v);
  let tree = true;
  for (const k of Object.keys(v)) tree = collect(v[k], out, seen) && tree;
  return tree;
}

/** Whether `v` was marked by shareFrozen. Internal (tests). */
export function isShared(v: unknown): boolean {
  return v !== null && typeof v === 'object' && SHARED.has(v);
}

/** Thrown inside the writer when a document must go to `yaml` whole. */
const NOT_SURE = new Error('not sure: left to yaml');
/** Thrown when a collection is met twice in a document (`yaml` writes an alias): it goes to `yaml` whole. */
const ALIAS = new Error('an object met twice: left to yaml');

const INDENTS: string[] = [''];
function indent(depth: number): string {
  while (INDENTS.length <= depth) INDENTS.push(INDENTS[INDENTS.length - 1] + '  ');
  return INDENTS[depth];
}

function isPlainObject(v: any): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** An array or object without entries (written inline, `{}` / `[]`). */
function isEmptyCollection(v: any): boolean {
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}

/** A non-empty plain object or array (empty ones are written inline, `{}` / `[]`). */
function isBlockCollection(v: any): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return Object.getPrototypeOf(v) === Array.prototype && v.length > 0;
  return isPlainObject(v) && Object.keys(v).length > 0;
}

class Writer {
  public out = '';
  /** Every collection written, to find one written twice (an alias in `yaml`'s output). */
  private readonly seen = new Set<object>();

  /** A non-empty map at `depth` with these keys; its first line continues the current one when `inline`. */
  public map(obj: any, keys: string[], depth: number, inline: boolean): void {
    this.enter(obj);
    const ind = indent(depth);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (i > 0 || !inline) this.out += ind;
      this.out += keyText(k);
      const v = obj[k];
      if (v !== null && typeof v === 'object') {
        const memo = SHARED.get(v);
        if (memo !== undefined && !isEmptyCollection(v)) {
          this.out += ':\n';
          this.shared(v, memo, depth + 1, false);
        } else if (Array.isArray(v)) {
          if (v.length === 0) {
            this.out += ': ';
            this.out += this.empty(v);
          } else {
            this.out += ':\n';
            this.seq(v, depth + 1, false);
          }
        } else {
          const childKeys = Object.keys(v);
          if (childKeys.length === 0) {
            this.out += ': ';
            this.out += this.empty(v);
          } else {
            this.out += ':\n';
            this.map(v, childKeys, depth + 1, false);
          }
        }
      } else {
        this.out += ': ';
        this.out += scalar(v);
        this.out += '\n';
      }
    }
  }

  /** A non-empty sequence at `depth` (its `- ` marks at that indentation). */
  public seq(arr: any[], depth: number, inline: boolean): void {
    this.enter(arr);
    const ind = indent(depth);
    for (let i = 0; i < arr.length; i++) {
      if (i > 0 || !inline) this.out += ind;
      this.out += '- ';
      const v = arr[i];
      if (v !== null && typeof v === 'object') {
        const memo = SHARED.get(v);
        if (memo !== undefined && !isEmptyCollection(v)) {
          this.shared(v, memo, depth + 1, true);
        } else if (Array.isArray(v)) {
          if (v.length === 0) this.out += this.empty(v);
          else this.seq(v, depth + 1, true);
        } else {
          const childKeys = Object.keys(v);
          if (childKeys.length === 0) this.out += this.empty(v);
          else this.map(v, childKeys, depth + 1, true);
        }
      } else {
        this.out += scalar(v);
        this.out += '\n';
      }
    }
  }

  /**
   * A non-empty shared collection (see shareFrozen) at `depth`: the text written for it
   * at this position before, or written now and remembered. Met twice in one document,
   * it goes to `yaml` (an alias), as any collection.
   */
  private shared(v: any, memo: Map<number, string | null>, depth: number, inline: boolean): void {
    const position = depth * 2 + (inline ? 1 : 0);
    const known = memo.get(position);
    if (known === null) throw NOT_SURE;
    if (known !== undefined) {
      if (this.seen.has(v)) throw ALIAS;
      this.seen.add(v);
      this.out += known;
      return;
    }
    const start = this.out.length;
    try {
      if (Array.isArray(v)) this.seq(v, depth, inline);
      else this.map(v, Object.keys(v), depth, inline);
    } catch (e) {
      // Not sure of its insides: remembered, so that the next document goes to yaml at once.
      // (Not an alias: that is about the document, not the collection.)
      if (e === NOT_SURE) memo.set(position, null);
      throw e;
    }
    memo.set(position, this.out.slice(start));
  }

  /** An empty map or list, written inline, with its line break. */
  private empty(v: any): string {
    this.enter(v);
    return Array.isArray(v) ? '[]\n' : '{}\n';
  }

  private enter(v: object): void {
    if (this.seen.has(v)) throw ALIAS;
    if (Array.isArray(v) ? Object.getPrototypeOf(v) !== Array.prototype : !isPlainObject(v)) throw NOT_SURE;
    this.seen.add(v);
  }
}

/** A scalar mapping value or sequence entry. */
function scalar(v: any): string {
  switch (typeof v) {
    case 'string':
      return isPlainValue(v) ? v : quotedValue(v);
    case 'number':
      return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : numberText(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
      return 'null'; // keepUndefined
    default:
      if (v === null) return 'null';
      throw NOT_SURE; // bigint, symbol, function
  }
}

/** Renderings by `yaml` of what the fast path is not sure of; null: depends on the context. */
class Renderings {
  private static readonly LIMIT = 100_000;
  private readonly map = new Map<any, string | null>();

  public constructor(private readonly render: (v: any) => string | null) {}

  public get(v: any): string {
    let r = this.map.get(v);
    if (r === undefined) {
      r = this.render(v);
      if (this.map.size >= Renderings.LIMIT) this.map.clear();
      this.map.set(v, r);
    }
    if (r === null) throw NOT_SURE;
    return r;
  }
}

/** Line breaks (block scalars) and document markers: their rendering depends on the context. */
const CONTEXTUAL = /[\n\r\u0085\u2028\u2029]|^(%|---|\.\.\.)/;

const valueRenderings = new Renderings(v => {
  if (CONTEXTUAL.test(v)) return null;
  return singleLine(Yaml.stringify({ a: v }), 'a: ', '');
});

const keyRenderings = new Renderings(k => {
  if (CONTEXTUAL.test(k)) return null;
  const r = singleLine(Yaml.stringify({ [k]: 0 }), '', ': 0');
  return r === null || r.startsWith('?') || r.length > 1024 ? null : r;
});

const numberRenderings = new Renderings(n => singleLine(Yaml.stringify({ a: n }), 'a: ', ''));

function quotedValue(s: string): string {
  return valueRenderings.get(s);
}

/** Keys repeat (every object has `metadata`, `name`...): each is decided once. */
const keyTexts = new Map<string, string>();

function keyText(k: string): string {
  let r = keyTexts.get(k);
  if (r === undefined) {
    r = isPlainKey(k) ? k : keyRenderings.get(k); // throws, uncached, when not sure
    if (keyTexts.size >= 100_000) keyTexts.clear();
    keyTexts.set(k, r);
  }
  return r;
}

function numberText(n: number): string {
  // A Map does not tell -0 from 0.
  return Object.is(n, -0) ? '-0' : numberRenderings.get(n);
}

/** The part of a one-line `yaml` rendering between `prefix` and `suffix` + line break; null when it is not one line. */
function singleLine(text: string, prefix: string, suffix: string): string | null {
  const end = text.length - suffix.length - 1;
  if (!text.startsWith(prefix) || !text.endsWith(suffix + '\n') || text.indexOf('\n') !== text.length - 1 || end < prefix.length) return null;
  return text.slice(prefix.length, end);
}
