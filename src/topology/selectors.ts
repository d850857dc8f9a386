import { isEmptyModelSelector, selectorMatches as modelSelectorMatches } from '../model/builder';
/**
 * Operator of a label selector requirement.
 */
export enum SelectorOperator {
  /** The label's value is one of `values`. */
  IN = 'In',
  /** The label's value is none of `values`. */
  NOT_IN = 'NotIn',
  /** The label is present. */
  EXISTS = 'Exists',
  /** The label is absent. */
  DOES_NOT_EXIST = 'DoesNotExist',
}

/**
 * One label selector requirement.
 */
export interface SelectorRequirement {
  /** The label key. */
  readonly key: string;
  /** The operator. */
  readonly operator: SelectorOperator;
  /**
   * Values for `IN` / `NOT_IN`.
   * @default - none (for `EXISTS` / `DOES_NOT_EXIST`)
   */
  readonly values?: string[];
}

/**
 * A label selector: selects nodes (for a NodeUnit) or NodeUnits (for a NodeGroup).
 * An empty selector selects nothing for units but everything for groups (that is how
 * site-manager reads them), so both refuse it.
 */
export interface LabelSelector {
  /**
   * Labels that must all match.
   * @default - none
   */
  readonly matchLabels?: { [key: string]: string };
  /**
   * Requirements that must all hold.
   * @default - none
   */
  readonly matchExpressions?: SelectorRequirement[];
}

/** Renders a selector as the CRD wants it (sorted, empty parts left out). Internal. */
export function renderSelector(s: LabelSelector | undefined): any {
  if (!s) return undefined;
  const out: any = {};
  if (s.matchLabels && Object.keys(s.matchLabels).length > 0) out.matchLabels = { ...s.matchLabels };
  if (s.matchExpressions && s.matchExpressions.length > 0) {
    out.matchExpressions = s.matchExpressions.map(e => ({
      key: e.key,
      operator: e.operator,
      ...(e.values && e.values.length > 0 ? { values: [...e.values] } : {}),
    }));
  }
  return out;
}

/** True when the selector has neither matchLabels nor matchExpressions. Internal. */
export function isEmptySelector(s: LabelSelector): boolean {
  return isEmptyModelSelector(s);
}

/**
 * Evaluates a selector against a label set (for units selected by groups): the model's
 * one evaluation, as site-manager does it. Internal.
 */
export function selectorMatches(s: LabelSelector, labels: { [key: string]: string }): boolean {
  return modelSelectorMatches(s, labels);
}
