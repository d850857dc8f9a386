/**
 * Helpers shared by the add-on and networking constructs. Internal: not exported.
 */

/** An env var from a pod field (downward API). */
export function fieldEnv(name: string, fieldPath: string): any {
  return { name, valueFrom: { fieldRef: { fieldPath } } };
}
