import { ApiObject } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { ModelBuilder, TopologyModelBuilder } from './builder';
import { contributionsOf } from './contributions';
import type { TopologyModel } from './types';
import { ManifestObject } from '../internal/manifest-object';
import { GRID_SELECTOR_LABEL } from '../superedge/labels';

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
    for (const contribute of contributionsOf(c)) contribute(builder);
    addIfLabelled(builder, c);
  }
  return builder.build(cluster.node.path);
}

/**
 * A user object (not the library's own) with the grid-selector label. cdk8s's ApiObject
 * answers `instanceof` for every ApiObject, so the library's own objects are told
 * apart through the prototype chain.
 */
function addIfLabelled(builder: ModelBuilder, c: IConstruct): void {
  if (!(c instanceof ApiObject) || ManifestObject.prototype.isPrototypeOf(c)) return;
  const value = c.metadata.getLabel(GRID_SELECTOR_LABEL);
  if (value === undefined) return;
  builder.addLabelledObject({ origin: c.node.path, kind: c.kind, name: c.name, namespace: c.metadata.namespace, gridSelector: value });
}
