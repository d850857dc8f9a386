import { gridPodFacts } from '../../../model/objects';
import type { ModelPod, TopologyModel } from '../../../model/types';
import { officialImageName, ROOT_ONLY_IMAGES } from '../../../superedge/images';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';

/** SE-V04: a well-known image that starts as root, under runAsNonRoot without a user, never starts. */
export const RootImageNonRoot: TopologyRule = {
  id: 'SE-V04',
  severity: Severity.WARNING,
  area: RuleArea.VERSIONS,
  summary: 'a well-known image that starts as root (nginx, postgres, redis...) with runAsNonRoot and no runAsUser never starts (warning)',
  explanation: 'cdk8s-plus sets runAsNonRoot: true on every container. The official nginx, postgres, mysql, redis... images start '
    + 'as root, and without a numeric runAsUser the kubelet refuses to start them ("container has runAsNonRoot and image will '
    + 'run as root"): the pod is created and never runs, at every site.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const o of model.objects) if (o.pod) out.push(...problems(o.origin, `${o.kind} "${o.name}"`, o.pod));
    for (const g of model.grids) {
      const pod = gridPodFacts(g);
      if (pod) out.push(...problems(g.origin, `${g.kind} "${g.name}"`, pod));
    }
    return out;
  },
};

function problems(origin: string, what: string, pod: ModelPod): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const c of pod.containers) {
    if (c.runAsNonRoot !== true || (c.runAsUser !== undefined && c.runAsUser !== 0) || c.image === undefined) continue;
    const official = officialImageName(c.image);
    if (official === undefined || !ROOT_ONLY_IMAGES.has(official)) continue;
    out.push({
      origin,
      message: `${what}: container "${c.name}" runs image ${c.image}, which starts as root, with runAsNonRoot and no runAsUser; the kubelet will refuse to start it`,
      fix: 'use an unprivileged variant (e.g. nginxinc/nginx-unprivileged for nginx), or set securityContext.user to the image\'s own non-root user id (e.g. 999 for postgres and redis, 101 for nginx with a writable cache)',
    });
  }
  return out;
}
