import type { IConstruct } from 'constructs';
import { addCheck, CheckResult } from './findings';
import { CATALOGUE } from './rules/index';
import { passMemo } from '../internal/pass-memo';
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
 * pass: THE cache of the model. It lives in the pass memo (src/internal/pass-memo.ts):
 * the EdgeCluster's own validation, which cdk8s runs before its children's, opens a
 * new pass; `Findings.of()` closes every pass before it runs; and the memo is dropped
 * when the current task ends. Inside a pass no user code runs, so the tree cannot
 * change; between passes it may, and the model is then built again.
 */
export function passFindings(cluster: IConstruct): Map<string, CheckResult[]> {
  return passMemo(cluster, 'topology-model-findings', () => runCatalogue(passModel(cluster)));
}

/** The model of a cluster in this pass (see passFindings). */
export function passModel(cluster: IConstruct): TopologyModel {
  return passMemo(cluster, 'topology-model', () => modelFromConstructs(cluster));
}

/**
 * Registers the catalogue's findings about `construct` (those whose origin is its
 * path) as its validation. Every construct that contributes to the model calls this
 * once, so findings are reported at its path.
 */
export function addModelChecks(construct: IConstruct, cluster: CheckedCluster): void {
  const path = construct.node.path;
  addCheck(construct, () => passFindings(cluster).get(path) ?? [], () => cluster.warningsAsErrors);
}
