import { previewMetadata } from './preview-metadata';
import { byString, canonical } from '../internal/util';
import { effectiveNodeLabels } from '../model/queries';
import type { ModelUnit, TopologyModel } from '../model/types';

/**
 * `v1 Node` stubs with the labels each node of these units will carry (the declared
 * node labels and the ones site-manager writes, see effectiveNodeLabels). A node in
 * several units carries all their labels, merged by unit name (units setting one label
 * differently are refused, SE-N07). Internal.
 */
export function nodeStubs(model: TopologyModel, units: readonly ModelUnit[], annotate: boolean): any[] {
  // By name, not declaration order.
  const ordered = [...units].sort((a, b) => byString(a.name, b.name) || byString(a.origin, b.origin));
  const labelsOfNode = new Map<string, Array<{ [key: string]: string }>>();
  for (const u of ordered) {
    const labels = effectiveNodeLabels(model, u);
    for (const n of u.nodeNames ?? []) {
      const list = labelsOfNode.get(n);
      if (list) list.push(labels);
      else labelsOfNode.set(n, [labels]);
    }
  }
  const canonicalOf = new Map<object, any>();
  const out: any[] = [];
  for (const [name, lists] of labelsOfNode) {
    let labels: any;
    if (lists.length === 1) {
      // Sorted once per unit, copied per node (keys stay in order; a spread keeps `__proto__` a key).
      // Not shared: each site's labels have keys of their own, and freezing such objects costs more than copying them.
      let sorted = canonicalOf.get(lists[0]);
      if (sorted === undefined) {
        sorted = canonical(lists[0]);
        canonicalOf.set(lists[0], sorted);
      }
      labels = { ...sorted };
    } else {
      // Spread, not assigned: a key `__proto__` stays a key.
      labels = canonical(lists.reduce((merged, l) => ({ ...merged, ...l }), {}));
    }
    out.push({ apiVersion: 'v1', kind: 'Node', metadata: previewMetadata(name, undefined, labels, undefined, annotate) });
  }
  return out;
}
