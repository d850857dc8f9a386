/**
 * Small helpers shared by the constructs. Internal: not exported.
 */

/** Returns a copy with object keys sorted and undefined values dropped, recursively. */
export function canonical(value: any): any {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: any = {};
  for (const k of Object.keys(value).sort()) {
    const v = value[k];
    if (v === undefined) continue;
    // Defined, not assigned: a key `__proto__` (a valid template or annotation name) stays a key.
    Object.defineProperty(out, k, { value: canonical(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Sorted, de-duplicated copy. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Undefined for an empty record or list, so optional fields are left out of manifests. */
export function nonEmpty<T extends object>(v: T | undefined): T | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.length > 0 ? v : undefined;
  return Object.keys(v).length > 0 ? v : undefined;
}

/** Compares strings by code point, for deterministic ordering independent of locale. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
