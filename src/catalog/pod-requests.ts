import { parseQuantity } from './quantity';

/** What a pod asks the scheduler for. Internal. */
export interface PodRequests {
  readonly cpuMillis: number;
  readonly memoryBytes: number;
}

/**
 * The requests the scheduler counts for a pod spec: per resource, the larger of the
 * sum over its containers and the largest init container; a container that sets a limit
 * but no request requests its limit (the API server defaults it so). Quantities that do
 * not parse count as 0. Internal.
 */
export function podRequests(spec: any): PodRequests {
  const of = (c: any, r: string): number => {
    const q = c?.resources?.requests?.[r] ?? c?.resources?.limits?.[r];
    const v = q === undefined ? undefined : parseQuantity(String(q));
    return v === undefined || v < 0 ? 0 : v;
  };
  const total = (r: string) => {
    const sum = (spec?.containers ?? []).reduce((a: number, c: any) => a + of(c, r), 0);
    const init = Math.max(0, ...(spec?.initContainers ?? []).map((c: any) => of(c, r)));
    return Math.max(sum, init);
  };
  return { cpuMillis: total('cpu') * 1000, memoryBytes: total('memory') };
}
