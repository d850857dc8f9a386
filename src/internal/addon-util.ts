/**
 * Helpers shared by the add-on and networking constructs. Internal: not exported.
 */
import * as kplus from 'cdk8s-plus-27';

/** An env var read from a Secret key: the manifest names the Secret, never holds the value. */
export function secretEnv(name: string, value: kplus.SecretValue): any {
  return { name, valueFrom: { secretKeyRef: { name: value.secret.name, key: value.key } } };
}

/** An env var from a pod field (downward API). */
export function fieldEnv(name: string, fieldPath: string): any {
  return { name, valueFrom: { fieldRef: { fieldPath } } };
}
