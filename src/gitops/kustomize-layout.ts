import * as fs from 'fs';
import * as path from 'path';
import { App, Chart, Yaml } from 'cdk8s';
import { byString } from '../internal/util';
import { isPreviewChart } from '../preview/controller-preview';
import { isClusterScoped } from '../superedge/kinds';
import { sortManifests } from '../topology/edge-cluster';

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
 * so objects and charts removed from the code disappear from the tree; nothing else in
 * `outdir` is touched.
 */
export class KustomizeLayout {
  /**
   * Validates the app (every problem at once, writing nothing when there is one), then
   * writes the tree. Returns the written files, relative to `outdir`, sorted.
   *
   * @param app the app to write
   * @param outdir the root of the tree (created when missing)
   */
  public static write(app: App, outdir: string): string[] {
    validateApp(app); // every problem at once, before anything is written
    const charts = [...app.charts].sort((a, b) => byString(a.node.id, b.node.id));
    const planned = new Map<string, Map<string, any>>(); // chart folder -> file -> object
    for (const chart of charts) planned.set(chartFolder(chart), filesOf(chart));

    const written: string[] = [];
    fs.mkdirSync(outdir, { recursive: true });
    // Folders of an earlier write (charts since removed too) are replaced whole.
    for (const folder of previousFolders(outdir)) fs.rmSync(path.join(outdir, folder), { recursive: true, force: true });
    for (const chart of charts) {
      const folder = chartFolder(chart);
      const files = planned.get(folder)!;
      fs.rmSync(path.join(outdir, folder), { recursive: true, force: true });
      fs.mkdirSync(path.join(outdir, folder), { recursive: true });
      for (const [file, obj] of files) {
        const full = path.join(outdir, folder, file);
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, Yaml.stringify(obj));
        written.push(path.join(folder, file));
      }
      fs.writeFileSync(path.join(outdir, folder, 'kustomization.yaml'), kustomization([...files.keys()]));
      written.push(path.join(folder, 'kustomization.yaml'));
    }
    fs.writeFileSync(path.join(outdir, 'kustomization.yaml'),
      kustomization(charts.filter(c => !isPreviewChart(c)).map(chartFolder)));
    written.push('kustomization.yaml');
    fs.writeFileSync(path.join(outdir, MARKER), [...planned.keys()].join('\n') + '\n');
    written.push(MARKER);
    return written.sort(byString);
  }

  private constructor() {}
}

/**
 * Runs every construct's validations and throws them all at once, in cdk8s's own
 * format (what app.synth() does first), without rendering anything. A validated
 * EdgeCluster then renders its objects directly in toJson().
 */
function validateApp(app: App): void {
  const errors = app.node.findAll().flatMap(c => c.node.validate().map(e => `[${c.node.path}] ${e}`));
  if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
}

/** Lists the chart folders the last write made, so that the next one can replace them. */
const MARKER = '.cdk8s-superedge-layout';

function previousFolders(outdir: string): string[] {
  const marker = path.join(outdir, MARKER);
  if (!fs.existsSync(marker)) return [];
  return fs.readFileSync(marker, 'utf-8').split('\n').map(l => l.trim())
    .filter(l => l !== '' && !l.includes('/') && !l.includes('\\') && l !== '.' && l !== '..');
}

function chartFolder(chart: Chart): string {
  return chart.node.id;
}

function filesOf(chart: Chart): Map<string, any> {
  const files = new Map<string, any>();
  for (const obj of sortManifests(chart.toJson())) {
    const ns = obj.metadata?.namespace ?? (isClusterScoped(obj.kind) ? CLUSTER_SCOPED_FOLDER : NO_NAMESPACE_FOLDER);
    const group = obj.apiVersion.includes('/') ? `${obj.apiVersion.split('/')[0]}.` : '';
    const file = path.join(ns, `${obj.kind}.${group}${obj.metadata?.name}.yaml`.replace(/[^0-9A-Za-z._-]/g, '_'));
    if (files.has(file)) {
      throw new Error(`${chart.node.path}: two objects would be written to ${file} (${obj.kind} "${obj.metadata?.name}"): give one of them another name`);
    }
    files.set(file, obj);
  }
  return files;
}

function kustomization(resources: string[]): string {
  return Yaml.stringify({
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [...resources].sort(byString),
  });
}
