import type { ModelNode, ModelSelector } from './types';

/**
 * Converts construct props to model data (plain copies, so the model never shares
 * mutable state with a construct). Takes structural types, imports no construct.
 * Internal.
 */

/** A label selector as constructs hold it. */
export interface SelectorLike {
  readonly matchLabels?: { [key: string]: string };
  readonly matchExpressions?: ReadonlyArray<{ readonly key: string; readonly operator: string; readonly values?: readonly string[] }>;
}

export function toModelSelector(s: SelectorLike | undefined): ModelSelector | undefined {
  if (!s) return undefined;
  return {
    matchLabels: s.matchLabels ? { ...s.matchLabels } : undefined,
    matchExpressions: s.matchExpressions?.map(e => ({ key: e.key, operator: e.operator, values: e.values ? [...e.values] : undefined })),
  };
}

/** A node as EdgeNode holds it. */
export interface NodeLike {
  readonly name: string;
  readonly architecture?: string;
  readonly defaultInterface?: string;
  readonly networkCidr?: string;
  readonly gpu: boolean;
  readonly cvmInstanceId?: string;
}

export function toModelNode(n: NodeLike): ModelNode {
  const { name, architecture, defaultInterface, networkCidr, gpu, cvmInstanceId } = n;
  return { name, architecture, defaultInterface, networkCidr, gpu, cvmInstanceId };
}
