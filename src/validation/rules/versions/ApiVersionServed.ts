import type { ModelObject, TopologyModel } from '../../../model/types';
import { servedVersionsOf, servesApiVersion, SERVED_API_VERSIONS } from '../../../superedge/api-versions';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-V02: every object is of an API version its cluster serves. */
export const ApiVersionServed: TopologyRule = {
  id: 'SE-V02',
  severity: Severity.ERROR,
  area: RuleArea.VERSIONS,
  summary: 'objects are written in API versions the target cluster\'s Kubernetes version serves (Kins unit clusters: 1.22)',
  explanation: 'cdk8s-plus-27 writes the API versions of Kubernetes 1.27 (networking.k8s.io/v1 Ingress, batch/v1 CronJob, '
    + 'autoscaling/v2 HorizontalPodAutoscaler, policy/v1 PodDisruptionBudget...), while TKE Edge clusters run 1.18, 1.20 or 1.22 '
    + 'and Kins unit clusters 1.22. An API server refuses a version it does not serve, at apply time. Checked when the cluster '
    + 'declares its Kubernetes version (unit-cluster objects always: Kins runs 1.22). The library writes its own Ingress and '
    + 'IngressClass in the version the cluster serves.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const o of model.objects) {
      const minor = o.kubernetesMinor ?? model.cluster.kubernetesMinor;
      if (minor === undefined || Number.isNaN(minor)) continue;
      if (servesApiVersion(minor, o.kind, o.apiVersion) !== false) continue;
      out.push(problem(o, minor));
    }
    return out;
  },
};

function problem(o: ModelObject, minor: number): RuleFinding {
  const where = o.inUnitCluster ? 'the Kins unit cluster it goes to' : 'the cluster';
  const served = servedVersionsOf(minor, o.kind);
  const message = `${o.kind} "${o.name}" is written as ${o.apiVersion}, which ${where} (Kubernetes 1.${minor}) does not serve`;
  if (served.length > 0) {
    return {
      origin: o.origin,
      message,
      fix: `write it as ${served.join(' or ')} (e.g. a JsonPatch on apiVersion, and the fields that version has), or declare a Kubernetes version that serves ${o.apiVersion}`,
    };
  }
  const first = SERVED_API_VERSIONS.find(e => e.kind === o.kind && e.apiVersion === o.apiVersion);
  return {
    origin: o.origin,
    message: `${message}, nor any other version of ${o.kind}`,
    fix: `remove it, or run it on a cluster of Kubernetes 1.${first?.since ?? minor} or later`,
  };
}
