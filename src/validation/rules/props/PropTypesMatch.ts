import { describeValue } from '../../props/describe-value';
import { checkFields } from '../../props/prop-fields';
import type { PropType } from '../../props/prop-types';
import { ConstructionFinding, ConstructionRule, RuleArea } from '../../rule';
import { Severity } from '../../severity';

/** What SE-A01 checks: the props a construct (or method) was given, and their declared types. */
export interface PropTypesInput {
  /** e.g. `NodeUnit` or `DeploymentGrid.overrideSite()`. */
  readonly what: string;
  /** What the caller passed (anything). */
  readonly props: unknown;
  /** The declared type of each prop (src/validation/props/prop-types.ts, common-props.ts). */
  readonly fields: { readonly [name: string]: PropType };
  /** The props that must be given. */
  readonly required: readonly string[];
}

/** SE-A01: props have the types the API declares. */
export const PropTypesMatch: ConstructionRule<PropTypesInput> = {
  id: 'SE-A01',
  severity: Severity.ERROR,
  area: RuleArea.PROP_TYPES,
  summary: 'props have the types the API declares (checked at construction: null, wrong types, unknown enum strings, undefined in lists)',
  explanation: 'JavaScript callers, and Python, Java, .NET or Go callers through jsii, are not held to the TypeScript types: `null`, a number for a string, `"80"` for a port, an unknown enum string or `undefined` in a list would otherwise fail as a TypeError deep inside the library or cdk8s-plus, or be written as it is. Checked first thing in every constructor and method that takes input; see docs/input-checks.md.',
  check(input: PropTypesInput): ConstructionFinding[] {
    const { props } = input;
    if (props === undefined && input.required.length === 0) return [];
    const problems = props === null || typeof props !== 'object' || Array.isArray(props)
      ? [`the props are ${describeValue(props)}: they must be an object`]
      : checkFields(props as { [k: string]: unknown }, '', input.fields, [...input.required]);
    return problems.map(p => ({ message: `${input.what} ${p.startsWith('the props') ? p : `prop ${p}`}`, fix: fixOf(p) }));
  },
};

/** The fix of a type problem: pass what is expected (or leave an optional prop out). */
function fixOf(problemText: string): string {
  const expected = /: it must be (.*)$/.exec(problemText)?.[1] ?? 'the documented type';
  const missing = / is missing: /.test(problemText);
  return missing ? `pass ${expected}` : `pass ${expected}, or leave the prop out when it is optional`;
}
