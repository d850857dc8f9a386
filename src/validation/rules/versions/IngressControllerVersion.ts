import type { TopologyModel } from '../../../model/types';
import { INGRESS_NGINX_MIN_KUBERNETES_MINOR } from '../../../superedge/api-versions';
import { RuleArea, RuleFinding, TopologyRule } from '../../rule';
import { Severity } from '../../severity';
import { ingressControllerUnit } from '../ingress-controllers';

/** SE-V03: the per-unit ingress controllers need Kubernetes 1.19. */
export const IngressControllerVersion: TopologyRule = {
  id: 'SE-V03',
  severity: Severity.ERROR,
  area: RuleArea.VERSIONS,
  summary: 'the per-unit ingress-nginx controllers (open-source SuperEdge) need Kubernetes 1.19 or later',
  explanation: 'The library pins ingress-nginx v1.3.1 (the last release that reads v1 Endpoints, which application-grid-wrapper '
    + 'filters per unit). Every ingress-nginx 1.x reads networking.k8s.io/v1 Ingress and IngressClass, which Kubernetes serves '
    + 'from 1.19 on; on 1.18 the controller cannot start. (On TKE Edge the controllers are the platform\'s add-on, and the '
    + 'library writes the Ingress objects as networking.k8s.io/v1beta1 on 1.18.)',
  check(model: TopologyModel): RuleFinding[] {
    const minor = model.cluster.kubernetesMinor;
    if (minor === undefined || Number.isNaN(minor) || minor >= INGRESS_NGINX_MIN_KUBERNETES_MINOR) return [];
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const o of model.objects) {
      if (ingressControllerUnit(o) === undefined || seen.has(o.origin)) continue;
      seen.add(o.origin);
      out.push({
        origin: o.origin,
        message: `the per-unit ingress controller ${o.name} (ingress-nginx v1.3.1) needs Kubernetes 1.${INGRESS_NGINX_MIN_KUBERNETES_MINOR} or later, but the cluster declares ${model.cluster.kubernetesVersion}`,
        fix: 'upgrade the cluster to Kubernetes 1.20 or 1.22, or run the platform\'s own ingress add-on (Platform.TKE_EDGE)',
      });
    }
    return out;
  },
};
