/**
 * SE-C08: every reference stays inside one EdgeCluster. A grid on a NodeGroup of
 * another cluster would be synthesized with a grid key no group of its own cluster has
 * (and the preview would show workloads that never exist); the same holds for a
 * ServiceGrid's group or selected grid, a StatefulSetGrid's ServiceGrid, a group's
 * units, an ingress's units and backends, edge-health's units and the add-ons' units.
 * Internal: reads constructs only through the constructs API (no construct class).
 */
import type { IConstruct } from 'constructs';
import type { CheckResult } from '../findings';

/** The symbol every EdgeCluster carries (see EdgeCluster.isEdgeCluster). */
const EDGE_CLUSTER = Symbol.for('cdk8s-superedge.EdgeCluster');

/** The EdgeCluster a construct is declared in, if any. */
function clusterOf(c: IConstruct): IConstruct | undefined {
  for (let s: IConstruct | undefined = c; s; s = s.node.scope) {
    if (EDGE_CLUSTER in s) return s;
  }
  return undefined;
}

/** One reference a construct holds: the prop, what kind of thing, and the target. */
export interface Reference {
  readonly prop: string;
  readonly kind: string;
  readonly name: string;
  readonly target: unknown;
}

/** The SE-C08 findings of `owner` (described as `what`, e.g. `DeploymentGrid "web"`). */
export function crossClusterReferences(owner: IConstruct, what: string, refs: Reference[]): CheckResult[] {
  const mine = clusterOf(owner);
  if (!mine) return [];
  const out: CheckResult[] = [];
  for (const r of refs) {
    const target = r.target as IConstruct | undefined;
    if (!target || typeof (target as any).node !== 'object') continue;
    const theirs = clusterOf(target);
    if (!theirs || theirs === mine) continue;
    out.push({
      ruleId: 'SE-C08',
      message: `${what} uses ${r.kind} "${r.name}" of EdgeCluster "${theirs.node.id}" (${target.node.path}) in ${r.prop}; the controllers of cluster "${mine.node.id}" never see it, so what depends on it would not exist there`,
      fix: `declare the ${r.kind} in EdgeCluster "${mine.node.id}"${r.kind === 'NodeUnit' || r.kind === 'NodeGroup' ? ` (or reference it by name there with ${r.kind}.fromName())` : ''}`,
    });
  }
  return out;
}
