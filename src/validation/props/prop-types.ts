/**
 * Type checks of construct props, for callers TypeScript does not check (JavaScript,
 * and Python, Java, .NET or Go through jsii): `null`, `undefined` in a list, a number
 * for a string, a string for a number, an unknown enum string, a cyclic object where a
 * string belongs. A construct checks its props first thing, so that a wrong type is an
 * error naming the construct path, the prop, the value and the fix (rule SE-A01), not
 * a `TypeError` from inside the library or cdk8s-plus. Values of the right type that
 * Kubernetes refuses (a port of 70000, a namespace `Edge`) are the rules' business, at
 * synthesis.
 *
 * Imports no construct: each construct declares the types of its props with these
 * helpers. Internal: not exported from the package.
 */
import type { IConstruct } from 'constructs';
import { describeValue } from './describe-value';
import { checkFields } from './prop-fields';
import { PropTypesMatch } from '../rules/props/PropTypesMatch';

export { describeValue } from './describe-value';

/** The rule id of a prop of the wrong type (the rule object: rules/props/PropTypesMatch.ts). */
export const PROP_TYPE_RULE = PropTypesMatch.id;

/** A prop type: what is expected (for messages) and how to tell. */
export interface PropType {
  /** What the prop must be, e.g. `a string` or `a list of strings`. */
  readonly expected: string;
  /** Problems of `value` (which is not undefined), each `<where> is <value>: it must be ...`. */
  check(value: unknown, where: string): string[];
}

function problem(where: string, value: unknown, expected: string): string {
  return `${where} is ${describeValue(value)}: it must be ${expected}`;
}

function simple(expected: string, ok: (v: unknown) => boolean): PropType {
  return { expected, check: (v, where) => (ok(v) ? [] : [problem(where, v, expected)]) };
}

/** A string. */
export const STRING = simple('a string', v => typeof v === 'string');
/** true or false. */
export const BOOLEAN = simple('true or false', v => typeof v === 'boolean');
/** A number (whether it is a usable one, e.g. a port, is a rule's business). */
export const NUMBER = simple('a number', v => typeof v === 'number');
/** A whole number of at least 0 (for props no rule looks at). */
export const WHOLE_NUMBER = simple('a whole number of at least 0', v => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);

/** One of an enum's values (TypeScript enums are objects of their values). */
export function enumOf(name: string, values: { [key: string]: string }): PropType {
  const members = Object.entries(values).filter(([, v]) => typeof v === 'string');
  const expected = `one of ${members.map(([k, v]) => `${name}.${k} ("${v}")`).join(', ')}`;
  return simple(expected, v => typeof v === 'string' && members.some(([, m]) => m === v));
}

/** An object (of a class, or a construct reference) that `ok` recognizes. */
export function objectOf(expected: string, ok: (v: any) => boolean): PropType {
  return simple(expected, v => v !== null && typeof v === 'object' && ok(v));
}

/** A list whose every item is of `item` (`undefined` in a list is a problem). */
export function listOf(item: PropType): PropType {
  const expected = `a list, each item ${item.expected}`;
  return {
    expected,
    check: (v, where) => {
      if (!Array.isArray(v)) return [problem(where, v, expected)];
      return v.flatMap((x, i) => (x === undefined ? [problem(`${where}[${i}]`, x, item.expected)] : item.check(x, `${where}[${i}]`)));
    },
  };
}

/** A plain object of string keys whose every value is of `value` (a map such as labels). */
export function mapOf(value: PropType): PropType {
  const expected = `an object, each value ${value.expected}`;
  return {
    expected,
    check: (v, where) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return [problem(where, v, expected)];
      return Object.keys(v).flatMap(k => {
        const x = (v as any)[k];
        const at = `${where}[${JSON.stringify(k)}]`;
        return x === undefined ? [problem(at, x, value.expected)] : value.check(x, at);
      });
    },
  };
}

/** A struct: each field of its type; the `required` ones must be there. */
export function struct(expected: string, fields: { [name: string]: PropType }, required: string[] = []): PropType {
  return {
    expected,
    check: (v, where) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return [problem(where, v, expected)];
      return checkFields(v as any, where, fields, required);
    },
  };
}

/** All of several types (e.g. an instance of a class whose fields are of given types). */
export function allOf(expected: string, ...types: PropType[]): PropType {
  return {
    expected,
    check: (v, where) => {
      for (const t of types) {
        const problems = t.check(v, where);
        if (problems.length > 0) return problems;
      }
      return [];
    },
  };
}

/** The path a construct about to be created under `scope` will have. */
export function childPath(scope: IConstruct, id: string): string {
  const parent = scope.node.path;
  return parent ? `${parent}/${id}` : id;
}

/** The path of a workload an add-on is applied to, or the add-on's name when it is not a construct. */
export function workloadPath(workload: unknown, what: string): string {
  const path = (workload as any)?.node?.path;
  return typeof path === 'string' && path !== '' ? path : what;
}

/**
 * Checks the props of a construct (or the options of a method) and throws every type
 * problem at once, one line each: `[path] SE-A01: <what> prop <prop> is <value>: it must
 * be <type>. Fix: ...`. Props left undefined are fine unless `required`.
 *
 * @param path the construct path (see `childPath` before the construct exists)
 * @param what e.g. `NodeUnit` or `DeploymentGrid.overrideSite()`
 * @param props what the caller passed (anything: this is what is checked)
 */
export function checkProps(path: string, what: string, props: unknown, fields: { [name: string]: PropType }, required: string[] = []): void {
  if (props === undefined && required.length === 0) return;
  const findings = PropTypesMatch.check({ what, props, fields, required });
  if (findings.length === 0) return;
  throw new PropTypeError(findings.map(f => `[${path}] ${PropTypesMatch.id}: ${f.message}. Fix: ${f.fix}`));
}

/** Wrong prop types, one well-formed line per problem. */
export class PropTypeError extends Error {
  public constructor(public readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'PropTypeError';
  }
}
