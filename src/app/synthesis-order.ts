/**
 * What cdk8s's `App` computes before it writes, reproduced without its dependency
 * graphs when nothing depends on anything: the dependencies it infers, the validation
 * (every error at once, in cdk8s's words), the charts in `app.charts` order and each
 * chart's own ApiObjects in `chartToKube` order. Internal: not exported.
 */
import { ApiObject, App, Chart, DependencyGraph } from 'cdk8s';
import { IConstruct } from 'constructs';

/**
 * cdk8s's `resolveDependencies`: nested charts and cross-chart construct dependencies
 * become chart dependencies, construct dependencies become ApiObject dependencies.
 * Returns whether some chart depends on another (charts then get an index prefix).
 */
export function resolveDependencies(all: IConstruct[]): boolean {
  let hasDependantCharts = false;
  for (const parent of all) {
    if (!(parent instanceof Chart)) continue;
    for (const child of parent.node.children) {
      if (child instanceof Chart) {
        parent.node.addDependency(child);
        hasDependantCharts = true;
      }
    }
  }
  const deps = dependencies(all);
  if (deps.length === 0) return hasDependantCharts;
  for (const { source, target } of deps) {
    const sourceChart = Chart.of(source);
    const targetChart = Chart.of(target);
    if (sourceChart !== targetChart) {
      sourceChart.node.addDependency(targetChart);
      hasDependantCharts = true;
    }
  }
  const subtrees = new Map<IConstruct, IConstruct[]>();
  const subtree = (c: IConstruct) => {
    let s = subtrees.get(c);
    if (!s) subtrees.set(c, s = c.node.findAll());
    return s;
  };
  for (const { source, target } of dependencies(all)) {
    const sourceChart = Chart.of(source);
    const targetChart = Chart.of(target);
    const targets = subtree(target).filter(c => c instanceof ApiObject && Chart.of(c) === targetChart);
    const sources = subtree(source).filter(c => c instanceof ApiObject && Chart.of(c) === sourceChart);
    for (const t of targets) {
      for (const s of sources) if (t !== s) s.node.addDependency(t);
    }
  }
  return hasDependantCharts;
}

function dependencies(all: IConstruct[]): { source: IConstruct; target: IConstruct }[] {
  const deps: { source: IConstruct; target: IConstruct }[] = [];
  for (const source of all) {
    for (const target of source.node.dependencies) deps.push({ source, target });
  }
  return deps;
}

/** cdk8s's `validate`: every construct's validations, all errors thrown at once. */
export function validateAll(all: IConstruct[]): void {
  const errors: string[] = [];
  for (const c of all) {
    for (const e of c.node.validate()) errors.push(`[${c.node.path}] ${e}`);
  }
  if (errors.length > 0) throw new Error(`Validation failed with the following errors:\n  ${errors.join('\n  ')}`);
}

/** The charts of an app and the ApiObjects each renders, in the order cdk8s uses. */
export interface SynthesisOrder {
  readonly charts: Chart[];
  /** A chart's own ApiObjects (not those of nested charts), in `chartToKube` order. */
  apiObjects(chart: Chart): ApiObject[];
}

/**
 * The charts and their objects in cdk8s's order, from one walk of the tree when no
 * construct depends on another (cdk8s's graphs then keep the walk's order, except that
 * top-level charts whose ids are array indices come first, in numeric order: they are
 * keys of a plain object there). Otherwise cdk8s's own graphs decide.
 */
export function synthesisOrder(app: App): SynthesisOrder {
  const all = app.node.findAll();
  if (all.some(c => c.node.dependencies.length > 0)) return graphOrder(app);
  const charts: Chart[] = [];
  const objects = new Map<Chart, ApiObject[]>();
  for (const c of all) {
    if (c instanceof Chart) {
      charts.push(c);
      objects.set(c, []);
    } else if (c instanceof ApiObject) {
      objects.get(Chart.of(c))?.push(c);
    }
  }
  const indexed = charts.filter(c => isArrayIndex(c.node.path)).sort((a, b) => Number(a.node.path) - Number(b.node.path));
  return {
    charts: [...indexed, ...charts.filter(c => !isArrayIndex(c.node.path))],
    apiObjects: chart => objects.get(chart) ?? [],
  };
}

function graphOrder(app: App): SynthesisOrder {
  return {
    charts: app.charts,
    apiObjects: chart => new DependencyGraph(chart.node).topology()
      .filter((x): x is ApiObject => x instanceof ApiObject && Chart.of(x) === chart),
  };
}

/** Whether a property key is an array index (such keys come first in a plain object's order). */
function isArrayIndex(key: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

/**
 * A chart's objects as `chart.toJson()` gives them. A chart that does not override
 * `toJson()` is rendered directly: cdk8s's `Chart.toJson()` would infer the
 * dependencies and validate the whole app once more, which this synthesis just did.
 */
export function chartObjects(chart: Chart, order: SynthesisOrder): any[] {
  if (chart.toJson === Chart.prototype.toJson) return order.apiObjects(chart).map(o => o.toJson());
  return Object.values(chart.toJson());
}
