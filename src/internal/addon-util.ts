/**
 * Helpers shared by the add-on and networking constructs. Internal: not exported.
 */
import * as kplus from 'cdk8s-plus-27';
import { IConstruct } from 'constructs';
import { EdgeCluster } from '../topology/edge-cluster';

/** The EdgeCluster enclosing a construct. */
export function clusterOf(construct: IConstruct): EdgeCluster {
  return EdgeCluster.enclosing(construct);
}

/** Renders cdk8s-plus container resources as a Kubernetes `resources` object (quantities as strings). */
export function renderResources(r: kplus.ContainerResources | undefined): any {
  if (!r) return undefined;
  const requests: any = {};
  const limits: any = {};
  if (r.cpu?.request) requests.cpu = r.cpu.request.amount;
  if (r.cpu?.limit) limits.cpu = r.cpu.limit.amount;
  if (r.memory?.request) requests.memory = `${r.memory.request.toMebibytes()}Mi`;
  if (r.memory?.limit) limits.memory = `${r.memory.limit.toMebibytes()}Mi`;
  if (r.ephemeralStorage?.request) requests['ephemeral-storage'] = `${r.ephemeralStorage.request.toMebibytes()}Mi`;
  if (r.ephemeralStorage?.limit) limits['ephemeral-storage'] = `${r.ephemeralStorage.limit.toMebibytes()}Mi`;
  return {
    requests: Object.keys(requests).length > 0 ? requests : undefined,
    limits: Object.keys(limits).length > 0 ? limits : undefined,
  };
}

/** An env var read from a Secret key: the manifest names the Secret, never holds the value. */
export function secretEnv(name: string, value: kplus.SecretValue): any {
  return { name, valueFrom: { secretKeyRef: { name: value.secret.name, key: value.key } } };
}

/** An env var from a pod field (downward API). */
export function fieldEnv(name: string, fieldPath: string): any {
  return { name, valueFrom: { fieldRef: { fieldPath } } };
}
