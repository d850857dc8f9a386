import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import { chartsOf } from './app-charts';
import { fileNameFor, writeTreeAtomically } from './atomic-tree';
import { byString } from '../internal/util';
import { isPreviewChart } from '../preview/controller-preview';
import { toYamlDocument } from '../render/yaml-writer';
import { isClusterScoped } from '../superedge/kinds';
import { EdgeCluster, sortManifests } from '../topology/edge-cluster';
import { isUnitChart } from '../topology/kins-unit-chart';

/** The folder of cluster-scoped objects inside a chart's folder. */
const CLUSTER_SCOPED_FOLDER = '_cluster';
/** The folder of namespaced objects that name no namespace (they land where they are applied). */
const NO_NAMESPACE_FOLDER = '_namespaced';

/**
 * Writes an app as a kustomize tree for GitOps tools (Argo CD, Flux, `kubectl apply -k`):
 *
 * ```
 * <outdir>/kustomization.yaml                      # every chart folder, not the previews
 * <outdir>/<chart>/kustomization.yaml              # every file of the chart
 * <outdir>/<chart>/<namespace>/<kind>.<name>.yaml  # one object per file
 * <outdir>/<chart>/_cluster/<kind>.<name>.yaml     # cluster-scoped objects
 * <outdir>/<chart>/_namespaced/<kind>.<name>.yaml  # namespaced objects naming no namespace
 * ```
 *
 * `<kind>` carries the API group for kinds outside the core group (e.g.
 * `DeploymentGrid.superedge.io`).
 *
 * Paths hold the namespace, so same-named objects of different namespaces never
 * collide (two objects on one path are an error). Controller-preview charts are written
 * beside the others but left out of the root kustomization: they are for review only.
 * Everything is deterministic (sorted). The chart folders are replaced whole on every
 * write, and so are those of the previous write (listed in `.cdk8s-superedge-layout`),
 * so objects and charts removed from the code disappear from the tree; other entries of
 * `outdir` are kept as they are. A file name that would pass 255 bytes (a 253-character
 * object name) is shortened to its start, `~` and a hash of the whole name.
 */
export class KustomizeLayout {
  /**
   * Validates the app (every problem at once, writing nothing when there is one), then
   * writes the tree. Returns the written files, relative to `outdir`, sorted.
   *
   * The write is atomic: the tree is written into a fresh sibling folder and swapped in
   * whole once every file is there (other entries of `outdir` are carried over), so an
   * error leaves the earlier tree as it was.
   *
   * @param app the app to write
   * @param outdir the root of the tree (created when missing)
   */
  public static write(app: App, outdir: string): string[] {
    validateApp(app); // every problem at once, before anything is written
    const charts = chartsOf(app).sort((a, b) => byString(chartFolder(a), chartFolder(b)));
    const files = new Map<string, string>();
    const folders: string[] = [];
    const seen = new Map<string, Chart>();
    for (const chart of charts) {
      const folder = chartFolder(chart);
      const other = seen.get(folder);
      if (other) throw new Error(`${chart.node.path}: its folder "${folder}" is also that of ${other.node.path}: give one of the charts another id`);
      seen.set(folder, chart);
      folders.push(folder);
      for (const [file, content] of chartTree(chart)) files.set(`${folder}/${file}`, content);
    }
    files.set('kustomization.yaml', kustomization(charts.filter(isApplied).map(chartFolder)));
    files.set(MARKER, folders.join('\n') + '\n');
    const ours = new Set([...folders, ...previousFolders(outdir), 'kustomization.yaml', MARKER]);
    writeTreeAtomically(outdir, files, entry => ours.has(entry));
    return [...files.keys()].map(f => f.split('/').join(path.sep)).sort(byString);
  }

  private constructor() {}
}

/**
 * One chart as a kustomize tree: `kustomization.yaml` and one file per object, paths
 * relative to the chart's folder (forward slashes). Internal (GitOpsLayout writes the
 * same trees).
 */
export function chartTree(chart: Chart): Map<string, string> {
  const files = filesOf(chart);
  const out = new Map<string, string>();
  for (const [file, obj] of files) out.set(file, toYamlDocument(obj));
  out.set('kustomization.yaml', kustomization([...files.keys()]));
  return out;
}

/** Charts the root kustomization applies: not the previews, not the Kins unit charts (other clusters). */
function isApplied(chart: Chart): boolean {
  return !isPreviewChart(chart) && !isUnitChart(chart);
}

/**
 * Runs every construct's validations and throws them all at once, in cdk8s's own
 * format (what app.synth() does first), without rendering anything. A validated
 * EdgeCluster then renders its objects directly in toJson(). Internal.
 */
export function validateApp(app: App): void {
  const errors = app.node.findAll().flatMap(c => c.node.validate().map(e => `[${c.node.path}] ${e}`));
  if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
}

/** Lists the chart folders the last write made, so that the next one can replace them. */
const MARKER = '.cdk8s-superedge-layout';

/** Previous chart folders (`[]` when `outdir` has no marker). Internal. */
export function previousFolders(outdir: string): string[] {
  const marker = path.join(outdir, MARKER);
  if (!fs.existsSync(marker)) return [];
  return fs.readFileSync(marker, 'utf-8').split('\n').map(l => l.trim())
    .filter(l => l !== '' && !l.includes('/') && !l.includes('\\') && l !== '.' && l !== '..');
}

/** A chart's folder: its id; for a Kins unit chart `<cluster id>-<unit id>`. */
function chartFolder(chart: Chart): string {
  if (isUnitChart(chart)) return `${EdgeCluster.enclosing(chart.unit).node.id}-${chart.unit.node.id}`;
  return chart.node.id;
}

function filesOf(chart: Chart): Map<string, any> {
  const files = new Map<string, any>();
  for (const obj of sortManifests(chartJson(chart))) {
    const ns = obj.metadata?.namespace ?? (isClusterScoped(obj.kind) ? CLUSTER_SCOPED_FOLDER : NO_NAMESPACE_FOLDER);
    const group = obj.apiVersion.includes('/') ? `${obj.apiVersion.split('/')[0]}.` : '';
    const file = `${ns}/${fileNameFor(`${obj.kind}.${group}${obj.metadata?.name}`.replace(/[^0-9A-Za-z._-]/g, '_'), '.yaml')}`;
    if (files.has(file)) {
      throw new Error(`${chart.node.path}: two objects would be written to ${file} (${obj.kind} "${obj.metadata?.name}"): give one of them another name`);
    }
    files.set(file, obj);
  }
  return files;
}

/**
 * A chart's objects, as `chart.toJson()` gives them (in another order: the caller sorts
 * them). A chart that does not override `toJson()` (a Kins unit chart) is rendered
 * directly: cdk8s's `Chart.toJson()` infers the dependencies and validates the whole app
 * once more for every such chart, which `validateApp` has just done, and orders the
 * objects by a dependency graph, which the sort replaces.
 */
function chartJson(chart: Chart): any[] {
  if (chart.toJson !== Chart.prototype.toJson) return chart.toJson();
  return chart.node.findAll().filter(c => c instanceof ApiObject && Chart.of(c) === chart).map(o => (o as ApiObject).toJson());
}

function kustomization(resources: string[]): string {
  return toYamlDocument({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...resources].sort(byString),
  });
}
