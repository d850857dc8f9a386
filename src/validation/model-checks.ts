import type { IConstruct } from 'constructs';
import { addCheck, CheckResult } from './findings';
import { CATALOGUE } from './rules/index';
import { cached } from '../internal/cache';
import { modelFromConstructs } from '../model/from-constructs';
import type { TopologyModel } from '../model/types';

/**
 * Runs the rule catalogue on a model and groups the findings by origin, in catalogue
 * order. Used for constructs (origins are construct paths) and manifests (`file#doc`).
 * Internal.
 */
export function runCatalogue(model: TopologyModel): Map<string, CheckResult[]> {
  const byOrigin = new Map<string, CheckResult[]>();
  for (const rule of CATALOGUE) {
    for (const f of rule.check(model)) {
      const list = byOrigin.get(f.origin) ?? [];
      list.push({ ruleId: rule.id, severity: f.severity ?? rule.severity, message: f.message, fix: f.fix });
      byOrigin.set(f.origin, list);
    }
  }
  return byOrigin;
}

/** What a cluster construct offers the checks. */
export interface CheckedCluster extends IConstruct {
  readonly warningsAsErrors: boolean;
}

/**
 * The model of a cluster and the findings of the catalogue on it, once per validation
 * pass. Both live in the library's one cache (src/internal/cache.ts, where their
 * invalidation is written): the EdgeCluster's own validation, which cdk8s runs before
 * its children's, starts a new pass; `Findings.of()` ends every pass before it runs; a
 * change of topology and the end of the current task drop them. Inside a pass no user
 * code runs, so the tree cannot change; between passes it may, and the model is then
 * built again.
 */
export function passFindings(cluster: IConstruct): Map<string, CheckResult[]> {
  return cached(cluster, cluster, 'topology-model-findings', () => runCatalogue(passModel(cluster)));
}

/** The model of a cluster in this pass (see passFindings). */
export function passModel(cluster: IConstruct): TopologyModel {
  return cached(cluster, cluster, 'topology-model', () => modelFromConstructs(cluster));
}

/** Constructs whose model checks are registered (a workload may be given to several helpers). */
const REGISTERED = new WeakSet<IConstruct>();

/**
 * Registers the catalogue's findings about `construct` (those whose origin is its
 * path) as its validation. Every construct that contributes to the model calls this
 * (a second call is a no-op), so findings are reported at its path.
 */
export function addModelChecks(construct: IConstruct, cluster: CheckedCluster): void {
  if (REGISTERED.has(construct)) return;
  REGISTERED.add(construct);
  const path = construct.node.path;
  let paths = PATHS_REPORTING.get(cluster);
  if (!paths) {
    paths = new Set();
    PATHS_REPORTING.set(cluster, paths);
  }
  if (paths.has(path)) return;
  paths.add(path);
  addCheck(construct, () => passFindings(cluster).get(path) ?? [], () => cluster.warningsAsErrors);
  if (construct === cluster) addCheck(cluster, () => adoptOrphans(cluster), () => cluster.warningsAsErrors);
}

/** The paths that report the catalogue's findings, per cluster. */
const PATHS_REPORTING = new WeakMap<IConstruct, Set<string>>();

/**
 * Findings about constructs that do not contribute to the model themselves (a user's
 * cdk8s-plus Deployment, whose API version or host ports a rule refuses) are reported
 * at their own path too: the cluster's check, which cdk8s (and `Findings.of`) runs
 * before any of its descendants', registers the catalogue's checks on each such
 * construct, which is then validated after it in the same walk. An origin that names
 * no construct is reported at the cluster, with the origin in the message.
 */
function adoptOrphans(cluster: CheckedCluster): CheckResult[] {
  const paths = PATHS_REPORTING.get(cluster)!;
  const orphans = [...passFindings(cluster).keys()].filter(o => !paths.has(o));
  if (orphans.length === 0) return [];
  const byPath = new Map<string, IConstruct>();
  for (const c of cluster.node.findAll()) byPath.set(c.node.path, c);
  const out: CheckResult[] = [];
  for (const origin of orphans) {
    const owner = byPath.get(origin);
    if (owner) {
      addModelChecks(owner, cluster);
    } else {
      for (const f of passFindings(cluster).get(origin)!) out.push({ ...f, message: `${origin}: ${f.message}` });
    }
  }
  return out;
}
