import type { IConstruct } from 'constructs';
import type { ModelBuilder } from './builder';

/**
 * Contributions to the model made on behalf of a construct that is not the library's
 * own (a cdk8s-plus Deployment given to `Eni.enable()`, `CrossRegionAccess.enable()`
 * or `GpuPlacement.check()`): the helper registers a function here, and
 * modelFromConstructs calls it when it visits the construct. Internal.
 */
const CONTRIBUTIONS = new WeakMap<IConstruct, Array<(builder: ModelBuilder) => void>>();

/** Registers what `construct` adds to the model (called on every model build). */
export function addModelContribution(construct: IConstruct, contribute: (builder: ModelBuilder) => void): void {
  CONTRIBUTIONS.set(construct, [...(CONTRIBUTIONS.get(construct) ?? []), contribute]);
}

/** The contributions registered for a construct, in registration order. */
export function contributionsOf(construct: IConstruct): ReadonlyArray<(builder: ModelBuilder) => void> {
  return CONTRIBUTIONS.get(construct) ?? [];
}
