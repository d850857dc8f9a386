/**
 * SE-C08's facts: the references a construct holds to constructs of another EdgeCluster.
 * A grid on a NodeGroup of another cluster would be synthesized with a grid key no group
 * of its own cluster has (and the preview would show workloads that never exist); the
 * same holds for a ServiceGrid's group or selected grid, a StatefulSetGrid's ServiceGrid,
 * a group's units, an ingress's units and backends, edge-health's units and the add-ons'
 * units. Constructs add them to the model in `_contributeToModel` (or their model
 * contribution); the rule object (rules/cluster/ReferencesInOneCluster.ts) reports them.
 * Internal: reads constructs only through the constructs API (no construct class).
 */
import type { IConstruct } from 'constructs';
import { enclosingEdgeCluster } from '../../internal/brands';
import type { ModelBuilder } from '../../model/builder';
import type { ModelCrossClusterReference } from '../../model/types';

/** One reference a construct holds: the prop, what kind of thing, and the target. */
export interface Reference {
  readonly prop: string;
  readonly kind: string;
  readonly name: string;
  readonly target: unknown;
}

/** The references of `owner` (described as `what`, e.g. `DeploymentGrid "web"`) into another EdgeCluster. */
export function crossClusterReferences(owner: IConstruct, what: string, refs: Reference[]): ModelCrossClusterReference[] {
  const mine = enclosingEdgeCluster(owner);
  if (!mine) return [];
  const out: ModelCrossClusterReference[] = [];
  for (const r of refs) {
    const target = r.target as IConstruct | undefined;
    if (!target || typeof (target as any).node !== 'object') continue;
    const theirs = enclosingEdgeCluster(target);
    if (!theirs || theirs === mine) continue;
    out.push({
      origin: owner.node.path,
      what,
      prop: r.prop,
      kind: r.kind,
      name: r.name,
      targetOrigin: target.node.path,
      targetCluster: theirs.node.id,
      ownCluster: mine.node.id,
    });
  }
  return out;
}

/** Adds the references of `owner` into another EdgeCluster to the model. */
export function addCrossClusterReferences(builder: ModelBuilder, owner: IConstruct, what: string, refs: Reference[]): void {
  for (const r of crossClusterReferences(owner, what, refs)) builder.addCrossClusterReference(r);
}
