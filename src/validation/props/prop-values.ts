/**
 * Checks of prop values of the right type that the API server would refuse: label keys
 * and values, annotation keys, namespaces, ports, resource quantities, URLs with
 * credentials. Pure functions of strings and numbers; each problem names where the
 * value is (the prop), the value and what is allowed. Internal.
 */
import { isDns1123Label, isLabelKey, isLabelValue } from '../names';
import { describeValue } from './prop-types';

/** The largest value of a Kubernetes int32 field (replicas, partition). */
export const MAX_INT32 = 2147483647;

/** Problems of a label map (`where` is the prop, e.g. `metadata.labels`). */
export function labelProblems(where: string, labels: { [key: string]: string } | undefined): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    if (!isLabelKey(k)) out.push(`${where} key ${describeValue(k)} is not a label key (an optional DNS-subdomain prefix and '/', then at most 63 of [A-Za-z0-9._-], alphanumeric at both ends)`);
    if (typeof v === 'string' && !isLabelValue(v)) out.push(`${where}[${describeValue(k)}] value ${describeValue(v)} is not a label value (empty, or at most 63 of [A-Za-z0-9._-], alphanumeric at both ends)`);
  }
  return out;
}

/** Problems of an annotation map: keys are label keys (values are any strings). */
export function annotationProblems(where: string, annotations: { [key: string]: string } | undefined): string[] {
  return Object.keys(annotations ?? {})
    .filter(k => !isLabelKey(k))
    .map(k => `${where} key ${describeValue(k)} is not an annotation key (an optional DNS-subdomain prefix and '/', then at most 63 of [A-Za-z0-9._-], alphanumeric at both ends)`);
}

/** The problem of a namespace, if it is not a DNS-1123 label. */
export function namespaceProblem(where: string, namespace: string | undefined): string | undefined {
  if (namespace === undefined || isDns1123Label(namespace)) return undefined;
  return `${where} ${describeValue(namespace)} is not a namespace name (a DNS-1123 label: at most 63 lower-case letters, digits and '-', alphanumeric at both ends)`;
}

/** The problem of a port number, if it is not a whole number in 1-65535. */
export function portProblem(where: string, port: number | undefined): string | undefined {
  if (port === undefined || (Number.isInteger(port) && port >= 1 && port <= 65535)) return undefined;
  return `${where} ${describeValue(port)} is not a port (a whole number from 1 to 65535)`;
}

/** A Kubernetes resource quantity, as the API server parses it (and not negative). */
const QUANTITY = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;

/**
 * Problems of rendered container resources (`{ requests, limits }` of quantity strings,
 * as cdk8s-plus renders them: `Size.mebibytes(NaN)` becomes `NaNMi`).
 */
export function quantityProblems(where: string, resources: any): string[] {
  const out: string[] = [];
  for (const kind of ['requests', 'limits']) {
    for (const [name, q] of Object.entries(resources?.[kind] ?? {})) {
      if (typeof q === 'number' ? !(Number.isFinite(q) && q >= 0) : !QUANTITY.test(String(q))) {
        out.push(`${where} ${name} ${kind === 'requests' ? 'request' : 'limit'} is ${describeValue(String(q))}, which is not a quantity (a finite number of at least 0, e.g. 64Mi or 100m)`);
      }
    }
  }
  return out;
}

/** Whether a URL carries credentials (userinfo: `user@`, `user:password@`, `token@`). */
export function hasUserinfo(url: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*@/.test(url);
}

/** The URL with its userinfo masked, for messages (the credentials are never repeated). */
export function redactUserinfo(url: string): string {
  return url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/, '$1***@');
}
