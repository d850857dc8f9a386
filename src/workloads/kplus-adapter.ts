/**
 * The one place that touches cdk8s-plus internals (`_toPodSpec`, `_toKube`,
 * `_toLabelSelector`). cdk8s-plus marks them `@internal`, so they may change in any
 * release: keeping every call here bounds the upgrade work to this file. Internal:
 * not exported from the package.
 */
import * as kplus from 'cdk8s-plus-27';

/** The label cdk8s-plus puts on every pod it renders, derived from the construct path. */
export const KPLUS_ADDRESS_LABEL = kplus.Pod.ADDRESS_LABEL;

/**
 * A workload's pod template as plain Kubernetes JSON (`spec.template`), with the
 * path-derived cdk8s-plus address label replaced by `labels`. Goes through
 * `toJson_PodTemplateSpec` so int-or-string ports and `setHostnameAsFQDN` come out
 * as the API server expects them.
 */
export function renderPodTemplate(workload: kplus.Workload, labels: { [key: string]: string }): any {
  const meta = workload.podMetadata.toJson();
  const podLabels: { [key: string]: string } = { ...(meta.labels ?? {}) };
  delete podLabels[KPLUS_ADDRESS_LABEL];
  Object.assign(podLabels, labels);
  // cdk8s-plus throws (without a construct path) on a pod without containers; a grid
  // without containers is refused by a rule, so its checks see an empty container list.
  const spec = workload.containers.length === 0 ? { containers: [] } : (workload as any)._toPodSpec();
  return kplus.k8s.toJson_PodTemplateSpec({
    metadata: {
      labels: podLabels,
      annotations: meta.annotations && Object.keys(meta.annotations).length > 0 ? meta.annotations : undefined,
    },
    spec,
  });
}

/** The Deployment spec fields a DeploymentGrid adds around its pod template, as JSON. */
export function renderDeploymentStrategy(strategy: kplus.DeploymentStrategy | undefined): any {
  if (!strategy) return undefined;
  return kplus.k8s.toJson_DeploymentSpec({
    selector: {},
    template: {},
    strategy: (strategy as any)._toKube(),
  })?.strategy;
}

/** A StatefulSet update strategy as JSON. */
export function renderStatefulSetStrategy(strategy: kplus.StatefulSetUpdateStrategy | undefined): any {
  if (!strategy) return undefined;
  return kplus.k8s.toJson_StatefulSetSpec({
    selector: {},
    serviceName: '',
    template: {},
    updateStrategy: (strategy as any)._toKube(),
  })?.updateStrategy;
}

/** Container resources (requests / limits) as JSON, the way cdk8s-plus renders them. */
export function renderResources(resources: kplus.ContainerResources): any {
  const c = new kplus.Container({ image: 'resources', resources });
  return kplus.k8s.toJson_Container((c as any)._toKube())?.resources;
}

/** The match labels and expressions of a pod selector. */
export function selectorOf(selector: kplus.IPodSelector): { matchLabels: { [key: string]: string }; matchExpressions: any[] } {
  const kube = (selector.toPodSelectorConfig().labelSelector as any)._toKube();
  return { matchLabels: { ...(kube.matchLabels ?? {}) }, matchExpressions: [...(kube.matchExpressions ?? [])] };
}
