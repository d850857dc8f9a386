/**
 * THE cache of the library: values derived from one state of one cluster's construct
 * tree, kept in one entry per cluster. It holds the topology model and the findings of
 * a validation pass (src/validation/model-checks.ts), the construct index of units and
 * groups (src/topology/topology-index.ts), a rollout's wave plan, and the tree state a
 * validation saw (EdgeCluster.toJson's fast path).
 * Internal: not exported.
 *
 * Invalidation, the whole contract (nothing else drops or keeps an entry):
 *
 * 1. **A change of topology drops the cluster's entry at once.** Every constructor and
 *    `add…()` method that changes which units, groups, memberships, nodes or node labels
 *    exist calls `topologyChanged(cluster)`: NodeUnit (constructor, addNode, addEdgeNode,
 *    addNodeLabel), NodeGroup (constructor, addNodeUnit).
 * 2. **A pass ends.** A pass is one synchronous run of the library's readers: a cdk8s
 *    validation of the tree and the rendering that follows in the same task, or
 *    `Findings.of()`. A new pass drops what the earlier one derived:
 *    - cdk8s validates the app's root first (`app.synth()`, `synthYaml()`, a chart's
 *      `toJson()`); its findings report calls `startWalk(root)`, which drops everything;
 *    - a cluster's own validation, which cdk8s runs before its children's, calls
 *      `startPass(cluster, root)`: it drops the cluster's entry, unless the walk its
 *      root's validation started in this task reaches it for the first time (that walk
 *      started the pass already, and what it derived is reused, not built twice);
 *    - `Findings.of()` calls `endAllPasses()` before it validates.
 *    Every entry, and the walk, is dropped when the current task ends (a microtask).
 *
 * What it does not cover, on purpose: `EdgeCluster.toJson()` called by the program
 * itself right after a synthesis, in the same task, with no construct and no topology
 * added since, renders without validating again (its doc comment says so); a change of
 * a grid's containers in between is rendered, and checked by the next synthesis.
 *
 * Why this is enough: values that depend only on the topology (the index, wave plans)
 * are kept while nothing in (1) happens, inside one task. Values that also read what
 * (1) does not track (a grid's containers, any ApiObject: the model, the findings) are
 * read inside a pass, where no user code runs between two reads, so the tree cannot
 * change under them; the next pass starts afresh.
 */

type Entry = Map<object, Map<string, unknown>>;

/** One entry per cluster; undefined when the current task has cached nothing yet. */
let entries: Map<object, Entry> | undefined;

/** The walk of the tree that a root's validation started in this task, with the clusters it reached. */
let walk: { readonly root: object; readonly reached: Set<object> } | undefined;

/** Drops `entries` and `walk` when the current task ends (queued once per task). */
let endOfTaskQueued = false;

function dropAtEndOfTask(): void {
  if (endOfTaskQueued) return;
  endOfTaskQueued = true;
  queueMicrotask(() => {
    endOfTaskQueued = false;
    entries = undefined;
    walk = undefined;
  });
}

/**
 * The value derived for `owner` under `key` from the current state of `cluster`'s tree,
 * computed on first use (see the contract above).
 */
export function cached<T>(cluster: object, owner: object, key: string, compute: () => T): T {
  if (!entries) {
    entries = new Map();
    dropAtEndOfTask();
  }
  let entry = entries.get(cluster);
  if (!entry) {
    entry = new Map();
    entries.set(cluster, entry);
  }
  let forOwner = entry.get(owner);
  if (!forOwner) {
    forOwner = new Map();
    entry.set(owner, forOwner);
  }
  if (forOwner.has(key)) return forOwner.get(key) as T;
  const value = compute();
  forOwner.set(key, value);
  return value;
}

/** The value cached for `owner` under `key`, without computing it. */
export function peekCached<T>(cluster: object, owner: object, key: string): T | undefined {
  return entries?.get(cluster)?.get(owner)?.get(key) as T | undefined;
}

/** Rule 1: the topology of `cluster` changed; what was derived from it is dropped. */
export function topologyChanged(cluster: object): void {
  entries?.delete(cluster);
}

/** Rule 2: a validation of the app under `root` starts at the root: what any earlier pass derived is dropped. */
export function startWalk(root: object): void {
  entries = undefined;
  walk = { root, reached: new Set() };
  dropAtEndOfTask();
}

/**
 * Rule 2: a validation of `cluster` (under `root`) starts a new pass, and what an
 * earlier one derived is dropped, unless the walk `root`'s validation started in this
 * task reaches the cluster for the first time.
 */
export function startPass(cluster: object, root: object): void {
  if (walk !== undefined && walk.root === root && !walk.reached.has(cluster)) {
    walk.reached.add(cluster);
    return;
  }
  entries?.delete(cluster);
}

/** Rule 2: every pass ends (`Findings.of()` runs next); the next readers compute afresh. */
export function endAllPasses(): void {
  entries = undefined;
  walk = undefined;
}
