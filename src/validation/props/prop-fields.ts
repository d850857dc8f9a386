import type { PropType } from './prop-types';

/**
 * The type problems of an object's fields (a struct's, or a construct's props): each
 * field of its type, the `required` ones present. Internal.
 */
export function checkFields(v: { [k: string]: unknown }, where: string, fields: { [name: string]: PropType }, required: string[]): string[] {
  const out: string[] = [];
  for (const [name, type] of Object.entries(fields)) {
    const x = v[name];
    const at = where ? `${where}.${name}` : name;
    if (x === undefined) {
      if (required.includes(name)) out.push(`${at} is missing: it must be ${type.expected}`);
      continue;
    }
    out.push(...type.check(x, at));
  }
  return out;
}
