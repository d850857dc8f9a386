import { App, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { byString, canonical } from '../internal/util';
import { ServiceGrid } from '../networking/service-grid';
import { GRID_SELECTOR_LABEL, GRID_UNIQ_KEY_LABEL, TOPOLOGY_KEYS_ANNOTATION } from '../superedge/labels';
import { gridWorkloadName, serviceGridServiceName } from '../superedge/names';
import { resolveTemplateName } from '../superedge/templates';
import { EdgeCluster, sortManifests } from '../topology/edge-cluster';
import { NodeUnit } from '../topology/node-unit';
import { checkProps, STRING } from '../validation/props/prop-types';
import { DeploymentGrid } from '../workloads/deployment-grid';
import { GridWorkload, gridValues } from '../workloads/grid-base';

/**
 * The annotation that marks every object of a preview file as not for applying (the
 * `objects` property leaves it out: those are exactly what the controllers create).
 */
export const PREVIEW_ANNOTATION = 'cdk8s-superedge.io/preview';
const PREVIEW_NOTE = 'created by the SuperEdge controllers; for review only, do not apply';


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
    const out: any[] = [];
    const all = this.scope.node.findAll();
    for (const c of all) {
      if (c instanceof GridWorkload) out.push(...previewWorkloads(c));
      else if (c instanceof ServiceGrid) out.push(previewService(c));
    }
    out.push(...previewNodes(all.filter((c): c is NodeUnit => c instanceof NodeUnit)));
    return sortManifests(out.map(canonical));
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
    // The objects are canonical copies already: only their metadata changes (and is
    // sorted again), the rest keeps its (sorted) order.
    return this.preview.objects.map(o => ({
      ...o,
      metadata: canonical({ ...o.metadata, annotations: { ...(o.metadata.annotations ?? {}), [PREVIEW_ANNOTATION]: PREVIEW_NOTE } }),
    }));
  }
}

function previewWorkloads(grid: GridWorkload): any[] {
  const manifest = grid._manifest();
  const spec = manifest.spec;
  const key: string = spec.gridUniqKey;
  const isDeployment = grid instanceof DeploymentGrid;
  const values = gridValues(grid.nodeGroup);
  // A name missing from templatePool stops the controller's whole reconcile of the grid
  // (SE-P04 refuses it): then it creates nothing at all.
  if (values.some(v => resolveTemplate(spec, v) === undefined)) return [];
  return values.map(value => {
    // Only the path to the nodeSelector is copied: `objects` copies every object whole
    // (canonical) once they are all built.
    const chosen = resolveTemplate(spec, value) ?? {};
    const pod = chosen.template ?? {};
    const podSpec = pod.spec ?? {};
    const template = { ...chosen, template: { ...pod, spec: { ...podSpec, nodeSelector: { ...(podSpec.nodeSelector ?? {}), [key]: value } } } };
    return {
      apiVersion: 'apps/v1',
      kind: isDeployment ? 'Deployment' : 'StatefulSet',
      metadata: {
        name: gridWorkloadName(manifest.metadata.name, value),
        namespace: manifest.metadata.namespace,
        // The controller copies grid labels, not grid annotations.
        labels: { ...(manifest.metadata.labels ?? {}), [GRID_SELECTOR_LABEL]: manifest.metadata.name, [GRID_UNIQ_KEY_LABEL]: key },
      },
      spec: template,
    };
  });
}

/** The template the controller uses for `value` (see resolveTemplateName in src/superedge/templates). */
function resolveTemplate(spec: any, value: string): any {
  const name = resolveTemplateName(spec, value);
  if (name === undefined) return spec.template;
  const pool = spec.templatePool ?? {};
  return Object.prototype.hasOwnProperty.call(pool, name) ? pool[name] : undefined;
}

function previewService(sg: ServiceGrid): any {
  const manifest = sg._manifest();
  const key: string = manifest.spec.gridUniqKey;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: serviceGridServiceName(manifest.metadata.name),
      namespace: manifest.metadata.namespace,
      labels: { ...(manifest.metadata.labels ?? {}), [GRID_SELECTOR_LABEL]: manifest.metadata.name, [GRID_UNIQ_KEY_LABEL]: key },
      annotations: { ...(manifest.metadata.annotations ?? {}), [TOPOLOGY_KEYS_ANNOTATION]: JSON.stringify([key]) },
    },
    spec: manifest.spec.template,
  };
}

function previewNodes(units: NodeUnit[]): any[] {
  const labels = new Map<string, { [key: string]: string }>();
  // By name, not declaration order (units setting one label differently are refused, SE-N07).
  const ordered = [...units].sort((a, b) => byString(a.unitName, b.unitName) || byString(a.node.path, b.node.path));
  for (const u of ordered) {
    const unitLabels = u.effectiveNodeLabels;
    for (const n of u.nodeNames) labels.set(n, { ...(labels.get(n) ?? {}), ...unitLabels });
  }
  return [...labels.entries()].map(([name, l]) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name, labels: l } }));
}
