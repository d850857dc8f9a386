/**
 * Value checks of EdgeHealth: SE-H10 (the DaemonSet's name), SE-M03 (namespace),
 * SE-M04 (resource quantities). Internal.
 */
import type { CheckResult } from '../findings';
import { isDns1123Subdomain } from '../names';
import { describeValue } from './prop-types';
import { namespaceProblem, quantityProblems } from './prop-values';

/** What the checks read of an EdgeHealth. */
export interface EdgeHealthValueFacts {
  readonly what: string;
  readonly name: string;
  readonly namespace: string;
  readonly daemonSet: boolean;
  /** The edge-health container's resources, as rendered. */
  readonly resources?: any;
}

export function checkEdgeHealthValues(f: EdgeHealthValueFacts): CheckResult[] {
  const out: CheckResult[] = [];
  const ns = namespaceProblem('namespace', f.namespace);
  if (ns) out.push({ ruleId: 'SE-M03', message: `${f.what}: ${ns}`, fix: "pass the namespace the edge-health pods run in, e.g. 'kube-system'" });
  if (f.daemonSet && !isDns1123Subdomain(f.name)) {
    out.push({
      ruleId: 'SE-H10',
      message: `${f.what}: name ${describeValue(f.name)} names its DaemonSet, ServiceAccount and RBAC objects, and is not a DNS-1123 subdomain`,
      fix: "pass a lower-case name such as 'edge-health'",
    });
  }
  if (f.daemonSet) {
    const quantities = quantityProblems('resources:', f.resources);
    if (quantities.length > 0) out.push({ ruleId: 'SE-M04', message: `${f.what}: ${quantities.join('; ')}`, fix: 'pass finite amounts of at least 0, e.g. Size.mebibytes(64) and kplus.Cpu.millis(100)' });
  }
  return out;
}
