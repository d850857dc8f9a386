/** Safe readers of untyped manifest data: a wrong type reads as undefined, never throws. */

export type Json = Record<string, unknown>;

export function rec(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v as Json : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** A list of strings, or undefined when it is not one. */
export function strs(v: unknown): string[] | undefined {
  return Array.isArray(v) && v.every(x => typeof x === 'string') ? v as string[] : undefined;
}

/** A string-to-string map, or undefined when it is not one. */
export function strMap(v: unknown): { [k: string]: string } | undefined {
  const r = rec(v);
  if (!r || !Object.values(r).every(x => typeof x === 'string')) return undefined;
  return r as { [k: string]: string };
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The map without the given keys, or undefined when nothing is left. */
export function without(m: { [k: string]: string } | undefined, drop: (k: string, v: string) => boolean): { [k: string]: string } | undefined {
  if (!m) return undefined;
  const out: { [k: string]: string } = {};
  for (const [k, v] of Object.entries(m)) if (!drop(k, v)) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}
