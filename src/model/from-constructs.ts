import { ApiObject, Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { ModelBuilder, TopologyModelBuilder } from './builder';
import { contributionsOf } from './contributions';
import { objectElement } from './objects';
import type { ModelObject, TopologyModel } from './types';
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
    if (ApiObject.isApiObject(c)) builder.addObject(objectOf(c, cluster));
    for (const contribute of contributionsOf(c)) contribute(builder);
    if (unitClusterOf(c, cluster) === undefined) addIfLabelled(builder, c);
  }
  return builder.build(cluster.node.path);
}

/**
 * A chart whose objects go to a cluster of their own (a Kins unit's K3s cluster):
 * it says which Kubernetes minor that cluster runs.
 */
interface IUnitClusterChart {
  readonly _unitClusterKubernetesMinor: number;
}

function unitClusterMinor(chart: IConstruct): number | undefined {
  const m = (chart as Partial<IUnitClusterChart>)._unitClusterKubernetesMinor;
  return typeof m === 'number' ? m : undefined;
}

/**
 * The Kubernetes minor of the unit cluster a construct's objects go to (a Kins unit
 * chart's), or undefined for the parent cluster's.
 */
function unitClusterOf(c: IConstruct, cluster: IConstruct): number | undefined {
  let chart: IConstruct | undefined = c;
  while (chart && chart !== cluster && !Chart.isChart(chart)) chart = chart.node.scope;
  return chart && chart !== cluster ? unitClusterMinor(chart) : undefined;
}

/** The object element of an ApiObject: reported at its owner (cdk8s-plus objects are the `Resource` child of their construct). */
function objectOf(o: ApiObject, cluster: IConstruct): ModelObject {
  const owner = o.node.id === 'Resource' && o.node.scope ? o.node.scope : o;
  const unitMinor = unitClusterOf(o.node.scope ?? o, cluster);
  const ownedByLibrary = (o as { readonly _libraryOwned?: boolean })._libraryOwned === true;
  return objectElement({
    id: o.node.path,
    origin: owner.node.path,
    kubernetesMinor: unitMinor,
    inUnitCluster: unitMinor !== undefined,
    ownedByLibrary,
    chartOrigin: Chart.of(o).node.path,
  }, o.apiVersion, o.kind, o.name, o.metadata.namespace, () => {
    try {
      return o.toJson();
    } catch {
      return undefined; // what cannot render reports its own error at synthesis
    }
  });
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
