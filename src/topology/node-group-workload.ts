import { LabelSelector, renderSelector } from './selectors';

/**
 * The kind of a workload bound to a NodeGroup (`spec.workload[].type`), spelled as the
 * upstream API's constants. No SuperEdge controller reads `spec.workload` at the pinned
 * release: it is recorded on the NodeGroup for tools that do.
 */
export enum NodeGroupWorkloadType {
  /** `Pod`. */
  POD = 'Pod',
  /** `Job`. */
  JOB = 'Job',
  /** `CronJob`. */
  CRON_JOB = 'CronJob',
  /** `Deployment`. */
  DEPLOYMENT = 'Deployment',
  /** `Service`. */
  SERVICE = 'Service',
  /** `ReplicaSet`. */
  REPLICA_SET = 'ReplicaSet',
  /** `DaemonSet`. */
  DAEMON_SET = 'DaemonSet',
  /** `StatuefulSet`: upstream's constant is misspelled so, and the value must match it. */
  STATEFUL_SET = 'StatuefulSet',
}

/** A workload bound to a NodeGroup (`spec.workload[]`). */
export interface NodeGroupWorkload {
  /** The workload's name. */
  readonly name: string;
  /** The workload's kind. */
  readonly type: NodeGroupWorkloadType;
  /**
   * A label selector of the workload.
   * @default - none
   */
  readonly selector?: LabelSelector;
}

/** Checks a workload entry from any caller; returns the error text, or undefined. Internal. */
export function workloadProblem(w: unknown): string | undefined {
  if (typeof w !== 'object' || w === null) return `a workload must be an object { name, type }, got ${JSON.stringify(w)}`;
  const x = w as NodeGroupWorkload;
  if (typeof x.name !== 'string' || x.name.trim() === '') return `workload name ${JSON.stringify(x.name)} is not a non-empty string`;
  if (!Object.values(NodeGroupWorkloadType).includes(x.type)) {
    return `workload "${x.name}" has type ${JSON.stringify(x.type)}, not one of ${Object.values(NodeGroupWorkloadType).join(', ')}`;
  }
  return undefined;
}

/** The `spec.workload` list, sorted by type and name (deterministic whatever the order of declaration). Internal. */
export function renderWorkloads(ws: readonly NodeGroupWorkload[]): any[] | undefined {
  if (ws.length === 0) return undefined;
  return [...ws]
    .sort((a, b) => (a.type + '/' + a.name < b.type + '/' + b.name ? -1 : a.type + '/' + a.name > b.type + '/' + b.name ? 1 : 0))
    .map(w => ({ name: w.name, type: w.type, selector: renderSelector(w.selector) }));
}
