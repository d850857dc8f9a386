/**
 * Memoization for one synchronous pass (a cdk8s validation run, `Findings.of()`, a
 * `toJson()`): values are kept until the current task ends, then dropped. A pass runs
 * no user code between its checks, so the construct tree cannot change inside it,
 * while between passes it may. This turns "every grid scans the whole tree" into one
 * scan per pass. Internal: not exported.
 */
let memo: Map<object, Map<string, unknown>> | undefined;

export function passMemo<T>(owner: object, key: string, compute: () => T): T {
  if (!memo) {
    memo = new Map();
    queueMicrotask(() => {
      memo = undefined;
    });
  }
  let forOwner = memo.get(owner);
  if (!forOwner) {
    forOwner = new Map();
    memo.set(owner, forOwner);
  }
  if (forOwner.has(key)) return forOwner.get(key) as T;
  const value = compute();
  forOwner.set(key, value);
  return value;
}

/** Drops what was memoized for `owner`: a new pass over it starts. */
export function openPass(owner: object): void {
  memo?.delete(owner);
}

/** What was memoized for `owner` under `key` in this pass, without computing it. */
export function peekPass<T>(owner: object, key: string): T | undefined {
  return memo?.get(owner)?.get(key) as T | undefined;
}

/** Drops everything memoized: the next checks scan afresh. */
export function closeAllPasses(): void {
  memo = undefined;
}
