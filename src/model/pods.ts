/** Pod specs inside rendered workload objects. Internal; imports nothing. */

/** The containers (then init containers) of a rendered workload: a pod, a pod template, a grid's template, a CronJob. */
export function podContainers(obj: any): any[] {
  const specs = [obj?.spec, obj?.spec?.template?.spec, obj?.spec?.template?.template?.spec, obj?.spec?.jobTemplate?.spec?.template?.spec];
  const found = specs.find(s => s && Array.isArray(s.containers));
  return found ? [...found.containers, ...(Array.isArray(found.initContainers) ? found.initContainers : [])] : [];
}
