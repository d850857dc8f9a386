import type { CheckResult } from '../../validation/findings';
import { RawEntry, RawSite } from '../raw-catalog';

/**
 * SE-F08: values of the right type: a site is a map, `nodes` a list of maps, attributes
 * and `name`s strings, `gpu` a boolean. Node facts (`arch`, quantities) have their own
 * checks. Pure.
 */
export function wrongType(at: string, what: string, expected: string, got: unknown): CheckResult {
  return {
    ruleId: 'SE-F08',
    message: `${at}: ${what} is ${describeValue(got)}, expected ${expected}`,
    fix: `write ${what} as ${expected}${typeof got === 'number' || typeof got === 'boolean' ? ' (quote it in YAML: "' + String(got) + '")' : ''}`,
  };
}

/** The type errors of names and attributes of the sites read. */
export function checkFieldTypes(sites: readonly RawSite[]): CheckResult[] {
  const out: CheckResult[] = [];
  const str = (e: RawEntry | undefined, what: string) => {
    if (e && typeof e.value !== 'string') out.push(wrongType(e.at, what, 'a string', e.value));
  };
  for (const s of sites) {
    str(s.name, 'the site name');
    for (const a of s.attributes) str(a, `attribute "${a.key}"`);
    for (const n of s.nodes) str(n.name, 'the node name');
  }
  return out;
}

/** A value as a problem message shows it: `the number 3`, `a list`, `null`. */
export function describeValue(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `the string ${JSON.stringify(v)}`;
  return `the ${typeof v} ${String(v)}`;
}
