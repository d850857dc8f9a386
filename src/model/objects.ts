import type { ModelGrid, ModelHostPort, ModelObject, ModelPod } from './types';

/**
 * Object elements of the model from an object's JSON (as synthesized or as written):
 * the identity and, for workload kinds, the pod facts. Both builders use it, so an
 * object reads the same from either side. Internal.
 */

/** Kinds whose objects hold a pod template, with the path to the pod spec. */
const POD_SPEC_PATHS: { readonly [kind: string]: readonly string[] } = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Whether objects of `kind` carry a pod spec the model reads. */
export function hasPodSpec(kind: string): boolean {
  return Object.hasOwn(POD_SPEC_PATHS, kind);
}

/** The pod spec of a workload object, or undefined. */
export function podSpecOf(kind: string, json: any): any {
  const path = Object.hasOwn(POD_SPEC_PATHS, kind) ? POD_SPEC_PATHS[kind] : undefined;
  if (!path) return undefined;
  let at = json;
  for (const k of path) {
    if (!isRecord(at)) return undefined;
    at = at[k];
  }
  return isRecord(at) ? at : undefined;
}

/** The pod facts of a pod spec (tolerant of any shape: what is not understood is left out). */
export function podFacts(spec: any): ModelPod {
  const hostNetwork = spec.hostNetwork === true;
  const podNonRoot = isRecord(spec.securityContext) && typeof spec.securityContext.runAsNonRoot === 'boolean'
    ? spec.securityContext.runAsNonRoot : undefined;
  const podUser = isRecord(spec.securityContext) && typeof spec.securityContext.runAsUser === 'number'
    ? spec.securityContext.runAsUser : undefined;
  const hostPorts: ModelHostPort[] = [];
  const containers: { name: string; image?: string; runAsNonRoot?: boolean; runAsUser?: number }[] = [];
  const all = [...arrayOf(spec.initContainers), ...arrayOf(spec.containers)];
  for (const c of all) {
    if (!isRecord(c)) continue;
    const name = typeof c.name === 'string' ? c.name : '';
    const ownNonRoot = isRecord(c.securityContext) && typeof c.securityContext.runAsNonRoot === 'boolean'
      ? c.securityContext.runAsNonRoot : undefined;
    const ownUser = isRecord(c.securityContext) && typeof c.securityContext.runAsUser === 'number' ? c.securityContext.runAsUser : undefined;
    containers.push({ name, image: typeof c.image === 'string' ? c.image : undefined, runAsNonRoot: ownNonRoot ?? podNonRoot, runAsUser: ownUser ?? podUser });
    for (const p of arrayOf(c.ports)) {
      if (!isRecord(p)) continue;
      const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
      if (typeof p.hostPort === 'number') hostPorts.push({ port: p.hostPort, protocol, container: name });
      else if (hostNetwork && typeof p.containerPort === 'number') hostPorts.push({ port: p.containerPort, protocol, container: name });
    }
  }
  const nodeSelector: { [key: string]: string } = {};
  if (isRecord(spec.nodeSelector)) {
    for (const [k, v] of Object.entries(spec.nodeSelector)) if (typeof v === 'string') nodeSelector[k] = v;
  }
  return { hostNetwork, hostPorts, nodeSelector, containers };
}

/**
 * The pod facts of a grid's template (`spec.template.template.spec`), or undefined when
 * it has none. Model elements never change, so the facts are computed once per grid and
 * kept beside it for every rule that asks.
 */
export function gridPodFacts(grid: ModelGrid): ModelPod | undefined {
  if (GRID_PODS.has(grid)) return GRID_PODS.get(grid);
  const spec = grid.template?.template?.spec;
  const pod = isRecord(spec) ? podFacts(spec) : undefined;
  GRID_PODS.set(grid, pod);
  return pod;
}

const GRID_PODS = new WeakMap<ModelGrid, ModelPod | undefined>();

/** What `objectElement` needs besides the JSON. */
export interface ObjectContext {
  readonly id: string;
  readonly origin: string;
  readonly kubernetesMinor?: number;
  readonly inUnitCluster: boolean;
  readonly ownedByLibrary: boolean;
  /** The origin of the chart that writes it (constructs only). */
  readonly chartOrigin?: string;
}

/** The model element of an object. `json` is read only for workload kinds. */
export function objectElement(ctx: ObjectContext, apiVersion: string, kind: string, name: string, namespace: string | undefined,
  json: () => any): ModelObject {
  let pod: ModelPod | undefined;
  if (hasPodSpec(kind)) {
    const spec = podSpecOf(kind, json());
    if (spec) pod = podFacts(spec);
  }
  return { ...ctx, apiVersion, kind, name, namespace, pod };
}

function isRecord(x: unknown): x is { [key: string]: any } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function arrayOf(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}
