import { Chart } from 'cdk8s';
import { byString } from '../internal/util';
import { isPreviewChart } from '../preview/controller-preview';
import { EdgeCluster } from '../topology/edge-cluster';
import { KinsUnit } from '../topology/kins-unit';
import { isUnitChart } from '../topology/kins-unit-chart';
import { isDns1123Label, suggestName } from '../validation/names';

/** The folder of the EdgeCluster targets' trees inside a GitOps layout. */
export const CLUSTERS_FOLDER = 'clusters';
/** The folder of the Kins unit targets' trees inside a GitOps layout. */
export const KINS_FOLDER = 'kins';
/** The folder of the controller previews (review only, no target) inside a GitOps layout. */
export const PREVIEWS_FOLDER = 'previews';

/**
 * One GitOps target: a cluster that gets a kustomize tree of its own (an EdgeCluster,
 * or the K3s cluster of a Kins unit with a unit chart). Internal.
 */
export interface GitOpsTarget {
  /** Application / Kustomization name, destination name and folder name. */
  readonly name: string;
  /** 'cluster' (an EdgeCluster) or 'kins' (a Kins unit cluster). */
  readonly kind: 'cluster' | 'kins';
  /** The chart whose objects the target gets. */
  readonly chart: Chart;
  /** The folder of its tree inside the layout (forward slashes), e.g. `clusters/edge`. */
  readonly folder: string;
  /** Its wave. */
  readonly wave: number;
  /** The construct path, for messages. */
  readonly where: string;
}

/** What an app holds for a GitOps layout: the targets (sorted by name) and the preview charts. */
export interface GitOpsCharts {
  readonly targets: GitOpsTarget[];
  readonly previews: Chart[];
}

/**
 * The targets among an app's charts (as `app.charts` lists them), checked (names are
 * DNS labels of at most 63 characters and unique, never truncated; waves are whole
 * numbers of at least 0). Every problem is returned, none thrown. Internal.
 */
export function collectTargets(charts: Chart[], problems: string[]): GitOpsCharts {
  const targets: GitOpsTarget[] = [];
  const previews: Chart[] = [];
  for (const chart of charts) {
    if (isPreviewChart(chart)) {
      previews.push(chart);
    } else if (EdgeCluster.isEdgeCluster(chart)) {
      const name = chart.gitOpsName ?? chart.node.id;
      targets.push(checked({ name, kind: 'cluster', chart, folder: `${CLUSTERS_FOLDER}/${name}`, wave: chart.wave, where: chart.node.path }, chart.gitOpsName !== undefined, problems));
    } else if (isUnitChart(chart)) {
      const unit = chart.unit as KinsUnit;
      const cluster = EdgeCluster.enclosing(unit);
      const name = unit.gitOpsName ?? `${cluster.gitOpsName ?? cluster.node.id}-${unit.unitName}`;
      const wave = unit.wave ?? cluster.wave;
      targets.push(checked({ name, kind: 'kins', chart, folder: `${KINS_FOLDER}/${name}`, wave, where: unit.node.path }, unit.gitOpsName !== undefined, problems));
    } else {
      problems.push(`[${chart.node.path}] this chart is neither an EdgeCluster nor a Kins unit chart, so no GitOps target gets its objects. Fix: declare its objects in an EdgeCluster or in a KinsUnit's unitChart, or write the app with KustomizeLayout`);
    }
  }
  targets.sort((a, b) => byString(a.name, b.name));
  const byName = new Map<string, GitOpsTarget[]>();
  for (const t of targets) byName.set(t.name, [...(byName.get(t.name) ?? []), t]);
  for (const [name, same] of byName) {
    if (same.length > 1) {
      problems.push(`[${same.map(t => t.where).join(', ')}] these GitOps targets share the name "${name}" (Application / Kustomization names and folders must be unique). Fix: give all but one of them another gitOpsName`);
    }
  }
  return { targets, previews: previews.sort((a, b) => byString(a.node.id, b.node.id)) };
}

function checked(t: GitOpsTarget, explicit: boolean, problems: string[]): GitOpsTarget {
  const name: unknown = t.name;
  if (typeof name !== 'string' || !isDns1123Label(name)) {
    const shown = typeof name === 'string' ? `"${name}" (${name.length} characters)` : `${String(name)} (a ${typeof name}, not a string)`;
    const suggestion = suggestName(typeof name === 'string' ? name : t.where.split('/').pop() ?? '', { maxLength: 40 });
    problems.push(`[${t.where}] GitOps target name ${shown} is not a DNS label of at most 63 characters: it names the Argo CD Application and the Flux Kustomization, which are never truncated. Fix: ${explicit ? 'change' : 'set'} its gitOpsName, e.g. gitOpsName: '${suggestion}'`);
  }
  const wave: unknown = t.wave;
  if (typeof wave !== 'number' || !Number.isInteger(wave) || wave < 0) {
    problems.push(`[${t.where}] wave ${JSON.stringify(wave) ?? String(wave)} is not a whole number of at least 0. Fix: pass e.g. wave: 1`);
  }
  return t;
}

/**
 * The waves in delivery order: `waves` when given (each target's wave must be among
 * them, each listed once), otherwise every wave a target has, ascending. Internal.
 */
export function waveOrder(targets: GitOpsTarget[], waves: number[] | undefined, problems: string[]): number[] {
  const present = [...new Set(targets.map(t => t.wave))].sort((a, b) => a - b);
  if (waves === undefined) return present;
  if (!Array.isArray(waves)) {
    problems.push(`waves must be a list of whole numbers, got ${typeof waves}. Fix: pass e.g. waves: [1, 2]`);
    return present;
  }
  const seen = new Set<number>();
  for (const w of waves) {
    if (typeof w !== 'number' || !Number.isInteger(w) || w < 0) {
      problems.push(`waves: ${JSON.stringify(w)} is not a whole number of at least 0. Fix: list whole numbers, e.g. waves: [1, 2]`);
    } else if (seen.has(w)) {
      problems.push(`waves: wave ${w} is listed twice, so its targets would be in two steps. Fix: list each wave once`);
    }
    seen.add(w);
  }
  for (const t of targets) {
    if (!seen.has(t.wave)) {
      problems.push(`[${t.where}] GitOps target "${t.name}" is in wave ${t.wave}, which is in no step of waves [${waves.join(', ')}]: Argo CD's rolling sync silently skips an Application no step selects, and Flux would order it nowhere. Fix: add ${t.wave} to waves, or give the target one of the listed waves`);
    }
  }
  return waves.filter((w, i) => waves.indexOf(w) === i);
}
