/**
 * How a value reads in a message (prop types, rules). Imports nothing. Internal.
 */

/** A value as it reads in a message: strings quoted and escaped (no raw line break), never throwing. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') {
    const quoted = JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}…` : v);
    return quoted.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  }
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null || v === undefined) return String(v);
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'symbol') return 'a symbol';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  const ctor = Object.getPrototypeOf(v)?.constructor?.name;
  return ctor && ctor !== 'Object' ? `${/^[AEIOU]/.test(ctor) ? 'an' : 'a'} ${ctor}` : 'an object';
}
