import { App, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { gridService } from './grid-services';
import { gridWorkloads } from './grid-workloads';
import { nodeStubs } from './node-stubs';
import { PREVIEW_ANNOTATION } from './preview-annotation';
import { previewOrder } from './preview-order';
import { enclosingEdgeCluster } from '../internal/brands';
import { modelFromConstructs } from '../model/from-constructs';
import type { TopologyModel } from '../model/types';
import { EdgeCluster } from '../topology/edge-cluster';
import { passModel } from '../validation/model-checks';
import { checkProps, STRING } from '../validation/props/prop-types';

export { PREVIEW_ANNOTATION };

/**
 * Options of the preview chart.
 */
export interface ControllerPreviewChartProps {
  /**
   * The chart's id, which names the file (`<id>.k8s.yaml`). Keep "preview" in it: the
   * example checks and GitOps tooling skip such files.
   * @default - `<cluster id>-controller-preview`
   */
  readonly id?: string;
}

/**
 * What the SuperEdge controllers will create from what a scope declares: for every
 * DeploymentGrid / StatefulSetGrid and every unit of its NodeGroup, the
 * `<grid>-<unit>` Deployment / StatefulSet (labels, nodeSelector, replicas and the
 * template as the controller copies it); for every ServiceGrid its `<name>-svc`
 * Service with the `topologyKeys` annotation; and, as `v1 Node` stubs, the labels
 * each declared node will carry.
 *
 * For reviewing (e.g. GitOps diffs), never for applying: the controllers own these
 * objects. Left out because only the API server or the controller knows them: owner
 * references (they need the grid's uid), the `superedge.io/template-hash-key` pod
 * label (an opaque Go hash), status, and units the library cannot see (discovered by
 * `autoFindNodeKeys`, or members of a group referenced by name).
 *
 * The preview is computed from the cluster's topology model (the one the rules read),
 * once per site: the workloads of the sites that run the same template share that
 * template's parts (containers, volumes, pod metadata, selector...) and the grid's
 * labels, which are frozen; only the metadata (the name) and the path to the
 * nodeSelector are each site's own. Copy an object (e.g.
 * `JSON.parse(JSON.stringify(o))`) before changing it.
 */
export class ControllerPreview {
  /** The preview of everything declared under `scope` (an EdgeCluster or any construct inside one). */
  public static of(scope: IConstruct): ControllerPreview {
    return new ControllerPreview(scope);
  }

  /** The scope previewed. */
  public readonly scope: IConstruct;

  private constructor(scope: IConstruct) {
    this.scope = scope;
  }

  /**
   * The objects the controllers will create, as plain manifests, computed now (so they
   * reflect everything declared so far), ordered by kind, namespace and name.
   */
  public get objects(): any[] {
    // A model of its own: between two reads the program may declare more.
    return previewObjects(this.scope, modelFromConstructs, false);
  }

  /**
   * Adds a chart with these objects to the scope's App, next to the cluster: `app.synth()`
   * then writes them to their own file, `<cluster id>-controller-preview.k8s.yaml` by
   * default. The objects are computed when the app is synthesized, and each carries the
   * annotation `cdk8s-superedge.io/preview` saying it is for review only.
   */
  public addChart(props: ControllerPreviewChartProps = {}): Chart {
    checkProps(this.scope.node.path, 'ControllerPreview.addChart()', props, { id: STRING });
    const cluster = EdgeCluster.enclosing(this.scope);
    const app = App.of(cluster);
    return new PreviewChart(app, props.id ?? `${cluster.node.id}-controller-preview`, this);
  }
}

const PREVIEW_CHART_SYMBOL = Symbol.for('cdk8s-superedge.PreviewChart');

/** Whether a chart is a controller-preview chart (for review only, never applied). Internal. */
export function isPreviewChart(chart: Chart): boolean {
  return PREVIEW_CHART_SYMBOL in chart;
}

class PreviewChart extends Chart {
  public constructor(scope: App, id: string, private readonly preview: ControllerPreview) {
    super(scope, id, { disableResourceNameHashes: true });
    Object.defineProperty(this, PREVIEW_CHART_SYMBOL, { value: true });
  }

  /** The previewed objects, each marked with the annotation `PREVIEW_ANNOTATION`. */
  public toJson(): any[] {
    // Rendered in a synthesis, right after the validation in the same task: the model of
    // this pass (passModel, src/internal/cache.ts), which the rules read too.
    return previewObjects(this.preview.scope, passModel, true);
  }
}

/**
 * The preview of `scope` from the model of its cluster (or, for a scope that holds
 * clusters, of each of them): the grids, ServiceGrids and units declared at the scope
 * or below it.
 */
function previewObjects(scope: IConstruct, modelOf: (cluster: IConstruct) => TopologyModel, annotate: boolean): any[] {
  const path = scope.node.path;
  const inScope = (origin: string) => path === '' || origin === path || origin.startsWith(`${path}/`);
  const out: any[] = [];
  for (const cluster of clustersOf(scope)) {
    const model = modelOf(cluster);
    for (const g of model.grids) if (inScope(g.origin)) for (const o of gridWorkloads(model, g, annotate)) out.push(o);
    for (const sg of model.serviceGrids) if (inScope(sg.origin)) out.push(gridService(sg, annotate));
    for (const o of nodeStubs(model, model.units.filter(u => inScope(u.origin)), annotate)) out.push(o);
  }
  return previewOrder(out);
}

/** The cluster `scope` is in; for a scope above every cluster (the App), the outermost clusters under it. */
function clustersOf(scope: IConstruct): IConstruct[] {
  const enclosing = enclosingEdgeCluster(scope);
  if (enclosing) return [enclosing];
  const all = scope.node.findAll().filter(c => EdgeCluster.isEdgeCluster(c));
  return all.filter(c => !all.some(o => o !== c && c.node.scopes.includes(o)));
}
