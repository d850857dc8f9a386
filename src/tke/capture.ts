/**
 * How `cdk8s-superedge tke create-cluster --program FILE` finds the clusters a program
 * declares: while it loads the program, a list sits on the global object under a
 * registry symbol (shared by every copy of the library, e.g. the installed package and
 * the sources a program imports), and every EdgeCluster built meanwhile adds itself.
 * Nothing is kept otherwise. Internal.
 */
const CAPTURE = Symbol.for('cdk8s-superedge.capture-clusters');

/** Called by the EdgeCluster constructor. */
export function noteCluster(cluster: object): void {
  const list = (globalThis as any)[CAPTURE];
  if (Array.isArray(list)) list.push(cluster);
}

/** Runs `load` and returns the clusters built while it ran, in construction order. */
export function captureClusters(load: () => void): any[] {
  const list: any[] = [];
  const previous = (globalThis as any)[CAPTURE];
  (globalThis as any)[CAPTURE] = list;
  try {
    load();
  } finally {
    (globalThis as any)[CAPTURE] = previous;
  }
  return list;
}
