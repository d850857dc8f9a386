import { PatchOp } from './program';

/**
 * Array paths whose order means nothing (the library sorts them): compared as sets of
 * values. Every other array is compared element by element.
 */
const SET_PATHS = [/^\/spec\/nodes$/, /^\/spec\/nodeUnits$/, /^\/spec\/autoFindNodeKeys$/];
/** Lists of named items whose order means nothing (cdk8s-plus orders a pod's volumes its own way): matched by name. */
const NAMED_SET_PATHS = [/\/template\/spec\/volumes$/];

/**
 * The JSON patch operations that make `actual` hold every field of `wanted` with the
 * same value (a deep subset: `actual` may hold more). Missing members are added,
 * differing values replaced; an array is replaced whole unless it has the same length
 * and its elements can be patched one by one. Null in `wanted` means unset and is
 * never patched.
 */
export function patchesFor(wanted: unknown, actual: unknown, path = ''): PatchOp[] {
  const ops: PatchOp[] = [];
  diff(wanted, actual, path, ops);
  return ops;
}

/** Whether `actual` holds every field of `wanted` (the check the patches make true). */
export function holdsAll(wanted: unknown, actual: unknown, path = ''): boolean {
  return patchesFor(wanted, actual, path).length === 0;
}

function diff(wanted: unknown, actual: unknown, path: string, ops: PatchOp[]): void {
  if (wanted === null || wanted === undefined) return;
  if (actual === undefined || actual === null) {
    ops.push({ op: 'add', path, value: withoutNulls(wanted) });
    return;
  }
  if (isRecord(wanted)) {
    if (!isRecord(actual)) {
      ops.push({ op: 'replace', path, value: withoutNulls(wanted) });
      return;
    }
    for (const k of Object.keys(wanted)) diff(wanted[k], actual[k], `${path}/${escapePointer(k)}`, ops);
    return;
  }
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual)) {
      ops.push({ op: 'replace', path, value: withoutNulls(wanted) });
      return;
    }
    if (SET_PATHS.some(p => p.test(path)) && sameSet(wanted, actual)) return;
    if (NAMED_SET_PATHS.some(p => p.test(path)) && diffByName(wanted, actual, path, ops)) return;
    if (wanted.length === actual.length && wanted.every((w, i) => isRecord(w) && isRecord(actual[i]))) {
      wanted.forEach((w, i) => diff(w, actual[i], `${path}/${i}`, ops));
      return;
    }
    if (!sameJson(wanted, actual)) ops.push({ op: 'replace', path, value: withoutNulls(wanted) });
    return;
  }
  if (!sameJson(wanted, actual)) ops.push({ op: 'replace', path, value: wanted });
}

/** Patches items matched by `name`; false (nothing done) when the lists do not match item for item. */
function diffByName(wanted: unknown[], actual: unknown[], path: string, ops: PatchOp[]): boolean {
  const names = (l: unknown[]) => l.map(x => (isRecord(x) && typeof x.name === 'string' ? x.name : undefined));
  const w = names(wanted);
  const a = names(actual);
  if (wanted.length !== actual.length || w.some(n => n === undefined) || new Set(w).size !== w.length
    || JSON.stringify([...w].sort()) !== JSON.stringify([...a].sort())) return false;
  wanted.forEach((item, i) => {
    const j = a.indexOf(w[i]);
    diff(item, actual[j], `${path}/${j}`, ops);
  });
  return true;
}

function sameSet(a: unknown[], b: unknown[]): boolean {
  const key = (x: unknown) => JSON.stringify(x);
  return a.length === b.length && JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonicalJson(a)) === JSON.stringify(canonicalJson(b));
}

function canonicalJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonicalJson);
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).sort()) if (v[k] !== null && v[k] !== undefined) out[k] = canonicalJson(v[k]);
  return out;
}

/** The value with null members dropped (null means unset in a manifest). */
export function withoutNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutNulls);
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== null && x !== undefined) out[k] = withoutNulls(x);
  return out;
}

/** A JSON pointer token: `~` as `~0`, `/` as `~1`. */
export function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
