import { byString } from '../internal/util';
import { kindRank } from '../superedge/kinds';

/**
 * The preview's objects in the cluster's order (kind rank, kind, namespace, name; see
 * sortManifests in src/topology/edge-cluster.ts), the same order a stable sort of the
 * whole list gives. Tens of thousands of objects of four kinds: each kind is sorted
 * alone, so a comparison looks at names only (and each grid's workloads come as one
 * run already in order, which the sort merges). Internal.
 */
export function previewOrder(objects: readonly any[]): any[] {
  const byKind = new Map<string, any[]>();
  for (const o of objects) {
    const list = byKind.get(o.kind);
    if (list) list.push(o);
    else byKind.set(o.kind, [o]);
  }
  const kinds = [...byKind.keys()].sort((a, b) => kindRank(a) - kindRank(b) || byString(a, b));
  const out: any[] = [];
  for (const k of kinds) {
    const list = byKind.get(k)!;
    list.sort(byNamespaceAndName);
    for (const o of list) out.push(o);
  }
  return out;
}

function byNamespaceAndName(a: any, b: any): number {
  return byString(a.metadata.namespace ?? '', b.metadata.namespace ?? '') || byString(a.metadata.name ?? '', b.metadata.name ?? '');
}
