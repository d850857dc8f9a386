/**
 * Value checks of a DeploymentGrid / StatefulSetGrid that the API server or the
 * controller would refuse, read from what the grid renders: SE-W12 (no containers),
 * SE-W13 (container ports), SE-W14 (partition), SE-M01 (labels), SE-M02 (annotation
 * keys), SE-M03 (namespace), SE-M04 (resource quantities). Internal.
 */
import type { CheckResult } from '../findings';
import { describeValue } from './prop-types';
import { annotationProblems, labelProblems, MAX_INT32, namespaceProblem, portProblem, quantityProblems } from './prop-values';

/** What the checks read of a grid. */
export interface GridValueFacts {
  /** e.g. `DeploymentGrid "web"`. */
  readonly what: string;
  readonly namespace?: string;
  /** The grid object's metadata, as rendered. */
  readonly metadata: any;
  /** The workload template (`spec.template`), as rendered. */
  readonly template: any;
  /** The StatefulSet update strategy, as rendered. */
  readonly updateStrategy?: any;
  /** Rendered resources of each site override, by unit name. */
  readonly overrideResources: Array<{ unit: string; resources: any }>;
}

export function checkGridValues(f: GridValueFacts): CheckResult[] {
  const out: CheckResult[] = [];
  const pod = f.template?.template ?? {};
  const containers: any[] = pod.spec?.containers ?? [];
  if (containers.length === 0) {
    out.push({
      ruleId: 'SE-W12',
      message: `${f.what} has no containers, and a pod template without containers is rejected by the API server`,
      fix: "pass containers: [{ image: 'nginx:1.25' }] or call addContainer()",
    });
  }
  const all = [...containers, ...(pod.spec?.initContainers ?? [])];
  const ports: string[] = [];
  for (const c of all) {
    for (const p of c.ports ?? []) {
      const problem = portProblem(`container "${c.name ?? ''}" port`, p.containerPort) ?? portProblem(`container "${c.name ?? ''}" host port`, p.hostPort);
      if (problem) ports.push(problem);
    }
  }
  if (ports.length > 0) {
    out.push({ ruleId: 'SE-W13', message: `${f.what}: ${ports.join('; ')}`, fix: 'pass portNumber as a whole number from 1 to 65535, e.g. portNumber: 8080' });
  }
  const partition = f.updateStrategy?.rollingUpdate?.partition;
  if (partition !== undefined && !(Number.isInteger(partition) && partition >= 0 && partition <= MAX_INT32)) {
    out.push({
      ruleId: 'SE-W14',
      message: `${f.what} has an update strategy with partition ${describeValue(partition)}; a partition is a whole number from 0 to ${MAX_INT32}`,
      fix: 'pass kplus.StatefulSetUpdateStrategy.rollingUpdate({ partition: 0 }) with a whole number',
    });
  }
  const labels = [
    ...labelProblems('metadata.labels', f.metadata?.labels),
    ...labelProblems('podMetadata.labels', pod.metadata?.labels),
  ];
  if (labels.length > 0) out.push({ ruleId: 'SE-M01', message: `${f.what}: ${labels.join('; ')}`, fix: "use label keys such as 'app' or 'example.com/team' and values of at most 63 letters, digits, '-', '_' and '.'" });
  const annotations = [
    ...annotationProblems('metadata.annotations', f.metadata?.annotations),
    ...annotationProblems('podMetadata.annotations', pod.metadata?.annotations),
  ];
  if (annotations.length > 0) out.push({ ruleId: 'SE-M02', message: `${f.what}: ${annotations.join('; ')}`, fix: "use annotation keys such as 'note' or 'example.com/owner'" });
  const ns = namespaceProblem('metadata.namespace', f.namespace);
  if (ns) out.push({ ruleId: 'SE-M03', message: `${f.what}: ${ns}`, fix: "pass a lower-case namespace such as 'apps'" });
  const quantities = [
    ...all.flatMap(c => quantityProblems(`container "${c.name ?? ''}"`, c.resources)),
    ...f.overrideResources.flatMap(o => quantityProblems(`the override of unit "${o.unit}": container`, o.resources)),
  ];
  if (quantities.length > 0) out.push({ ruleId: 'SE-M04', message: `${f.what}: ${quantities.join('; ')}`, fix: 'pass finite amounts of at least 0, e.g. Size.mebibytes(64) and kplus.Cpu.millis(100)' });
  return out;
}
