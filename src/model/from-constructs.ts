import type { IConstruct } from 'constructs';
import { ModelBuilder, TopologyModelBuilder } from './builder';
import type { TopologyModel } from './types';

/**
 * Builds the TopologyModel of a cluster from its constructs. It imports no construct
 * class: every construct that declares part of the topology contributes it itself,
 * through `_contributeToModel(builder)` (see IModelContributor). Internal.
 */

/**
 * A construct that declares part of the topology. A new construct kind (a catalogue of
 * sites, a rollout) implements `_contributeToModel` and adds its element with the
 * builder, with `origin: this.node.path`; nothing else needs to know the class.
 */
export interface IModelContributor {
  /** Adds what this construct declares. @internal */
  _contributeToModel(builder: ModelBuilder): void;
}

/** Whether a construct contributes to the model. */
export function isModelContributor(x: unknown): x is IModelContributor {
  return typeof (x as any)?._contributeToModel === 'function';
}

/** The model of everything declared under `cluster` (inclusive), in construct-tree order. */
export function modelFromConstructs(cluster: IConstruct): TopologyModel {
  const builder = new TopologyModelBuilder();
  for (const c of cluster.node.findAll()) {
    if (isModelContributor(c)) c._contributeToModel(builder);
  }
  return builder.build(cluster.node.path);
}
