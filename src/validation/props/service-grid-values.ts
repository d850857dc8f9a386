/**
 * Value checks of a ServiceGrid that the API server would refuse: SE-S11 (ports: whole
 * numbers 1-65535, each port and protocol once), SE-W15 (serves one StatefulSetGrid),
 * SE-M01 (labels), SE-M02 (annotation keys), SE-M03 (namespace). Internal.
 */
import type { CheckResult } from '../findings';
import { annotationProblems, labelProblems, namespaceProblem, portProblem } from './prop-values';

/** What the checks read of a ServiceGrid. */
export interface ServiceGridValueFacts {
  readonly what: string;
  readonly namespace?: string;
  readonly labels?: { [key: string]: string };
  readonly annotations?: { [key: string]: string };
  readonly ports: Array<{ port: number; targetPort?: number; nodePort?: number; protocol?: string }>;
  /** Paths of the StatefulSetGrids that name this grid while it has no selector. */
  readonly statefulSets: string[];
}

export function checkServiceGridValues(f: ServiceGridValueFacts): CheckResult[] {
  const out: CheckResult[] = [];
  const ports = f.ports.flatMap((p, i) => [
    portProblem(`ports[${i}].port`, p.port),
    portProblem(`ports[${i}].targetPort`, p.targetPort),
    portProblem(`ports[${i}].nodePort`, p.nodePort),
  ].filter((x): x is string => x !== undefined));
  const seen = new Set<string>();
  f.ports.forEach((p, i) => {
    const key = `${p.port}/${p.protocol ?? 'TCP'}`;
    if (seen.has(key)) ports.push(`ports[${i}] repeats port ${key}`);
    seen.add(key);
  });
  if (ports.length > 0) {
    out.push({ ruleId: 'SE-S11', message: `${f.what}: ${ports.join('; ')}`, fix: 'pass each port once, as whole numbers from 1 to 65535, e.g. { port: 80, targetPort: 8080 }' });
  }
  if (f.statefulSets.length > 1) {
    out.push({
      ruleId: 'SE-W15',
      message: `${f.what} has no selector and is the serviceGrid of ${f.statefulSets.length} StatefulSetGrids (${[...f.statefulSets].sort().join(', ')}); it can select the pods of one only, so the others' pods get no DNS names`,
      fix: 'give each StatefulSetGrid its own ServiceGrid',
    });
  }
  const labels = labelProblems('metadata.labels', f.labels);
  if (labels.length > 0) out.push({ ruleId: 'SE-M01', message: `${f.what}: ${labels.join('; ')}`, fix: "use label keys such as 'app' or 'example.com/team' and values of at most 63 letters, digits, '-', '_' and '.'" });
  const annotations = annotationProblems('metadata.annotations', f.annotations);
  if (annotations.length > 0) out.push({ ruleId: 'SE-M02', message: `${f.what}: ${annotations.join('; ')}`, fix: "use annotation keys such as 'note' or 'example.com/owner'" });
  const ns = namespaceProblem('metadata.namespace', f.namespace);
  if (ns) out.push({ ruleId: 'SE-M03', message: `${f.what}: ${ns}`, fix: "pass a lower-case namespace such as 'apps'" });
  return out;
}
