import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, KubernetesVersion, MultiRegionIngress, NodeGroup, NodeUnit, Platform, ServiceGrid } from '../src';
import { cluster, findingsOf, synth, synthError, synthUnchecked } from './support/synth';

const image = 'nginxinc/nginx-unprivileged:1.25';

describe('SE-V02: API versions the cluster serves', () => {
  test('a cdk8s-plus HorizontalPodAutoscaler (autoscaling/v2) on a 1.22 cluster is refused at its path, with the versions 1.22 serves', () => {
    const c = cluster({ kubernetesVersion: KubernetesVersion.V1_22_5 });
    const d = new kplus.Deployment(c, 'web', { containers: [{ image, portNumber: 8080 }] });
    new kplus.HorizontalPodAutoscaler(c, 'web-hpa', { target: d, maxReplicas: 3 });
    const lines = findingsOf(c, 'SE-V02');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[edge\/web-hpa\] SE-V02: HorizontalPodAutoscaler "edge-web-hpa" is written as autoscaling\/v2, which the cluster \(Kubernetes 1\.22\) does not serve\. Fix: write it as autoscaling\/v2beta2 or autoscaling\/v2beta1 or autoscaling\/v1/);
    expect(synthError(c)).toContain('[edge/web-hpa] SE-V02');
  });

  test('a cdk8s-plus Ingress (networking.k8s.io/v1) on 1.18 is refused; on 1.20 and 1.22 it is served', () => {
    for (const [v, refused] of [[KubernetesVersion.V1_18_2, true], [KubernetesVersion.V1_20_6, false], [KubernetesVersion.V1_22_5, false]] as const) {
      const c = cluster({ kubernetesVersion: v });
      const d = new kplus.Deployment(c, 'web', { containers: [{ image, portNumber: 8080 }] });
      new kplus.Ingress(c, 'ing', { defaultBackend: kplus.IngressBackend.fromService(d.exposeViaService()) });
      const lines = findingsOf(c, 'SE-V02');
      expect([v.version, lines.length]).toEqual([v.version, refused ? 1 : 0]);
      if (refused) expect(lines[0]).toContain('Fix: write it as networking.k8s.io/v1beta1 or extensions/v1beta1');
    }
  });

  test('nothing is checked when the cluster declares no Kubernetes version', () => {
    const c = cluster();
    const d = new kplus.Deployment(c, 'web', { containers: [{ image, portNumber: 8080 }] });
    new kplus.HorizontalPodAutoscaler(c, 'web-hpa', { target: d, maxReplicas: 3 });
    expect(findingsOf(c, 'SE-V02')).toEqual([]);
    expect(synth(c).map(o => o.kind)).toContain('HorizontalPodAutoscaler');
  });
});

describe('SE-N05: node ports reserved for the platform', () => {
  test('a cdk8s-plus Deployment with hostNetwork on 10250 is refused at its path', () => {
    const c = cluster();
    const d = new kplus.Deployment(c, 'agent', { hostNetwork: true, containers: [{ image, portNumber: 10250, securityContext: { ensureNonRoot: false } }] });
    void d;
    const lines = findingsOf(c, 'SE-N05');
    expect(lines).toEqual([expect.stringMatching(/^\[edge\/agent\] SE-N05: Deployment "edge-agent" takes node port 10250\/TCP \(container "main"\) with hostNetwork, which edge nodes keep free for kubelet and kube-proxy \(edgectl check requires 10249-10259 free\)\. Fix: /)]);
  });

  test('a grid with hostPort 51001 is refused; 8080 is not; edge-health on 51005 is the platform\'s own', () => {
    const c = cluster();
    const u = new NodeUnit(c, 'bj', { nodes: ['bj-1'] });
    const g = new NodeGroup(c, 'location', { nodeUnits: [u] });
    new DeploymentGrid(c, 'web', { nodeGroup: g, containers: [{ image, ports: [{ number: 8080, hostPort: 51001 }] }] });
    new DeploymentGrid(c, 'ok', { nodeGroup: g, containers: [{ image, ports: [{ number: 8080, hostPort: 8080 }] }] });
    const lines = findingsOf(c, 'SE-N05');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('[edge/web] SE-N05: DeploymentGrid "web" takes node port 51001/TCP');
    expect(lines[0]).toContain('as a hostPort, which edge nodes keep free for SuperEdge\'s node agents (edgectl check requires 51000-51020 free)');
  });
});

describe('SE-N06: host ports 80/443 on units with an ingress controller', () => {
  test('a grid with hostPort 80 on a unit of an ingress is refused; on another unit it is not', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'bj', { nodes: ['bj-1'] });
    const gz = new NodeUnit(c, 'gz', { nodes: ['gz-1'] });
    const both = new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
    const south = new NodeGroup(c, 'south', { nodeUnits: [gz] });
    new MultiRegionIngress(c, 'ing', { nodeUnits: [bj] });
    new DeploymentGrid(c, 'web', { nodeGroup: both, containers: [{ image, ports: [{ number: 8080, hostPort: 80 }] }] });
    new DeploymentGrid(c, 'other', { nodeGroup: south, containers: [{ image, ports: [{ number: 8080, hostPort: 80 }] }] });
    const lines = findingsOf(c, 'SE-N06');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[edge\/web\] SE-N06: DeploymentGrid "web" takes host port 80 on unit "bj", where the ingress controller .+ listens on 80 and 443 with hostNetwork\. Fix: /);
  });
});

describe('the library\'s own Ingress objects follow the cluster\'s version', () => {
  const program = (kubernetesVersion: KubernetesVersion | undefined, platform: Platform) => {
    const c = cluster({ kubernetesVersion, platform });
    const bj = new NodeUnit(c, 'bj', { nodes: ['bj-1'] });
    const g = new NodeGroup(c, 'location', { nodeUnits: [bj] });
    const web = new DeploymentGrid(c, 'web', { nodeGroup: g, containers: [{ image, portNumber: 8080 }] });
    const svc = new ServiceGrid(c, 'web-svc', { nodeGroup: g, selector: web, ports: [{ port: 80, targetPort: 8080 }] });
    new MultiRegionIngress(c, 'ing', { nodeUnits: [bj], rules: [{ host: 'shop.example.com', path: '/', serviceGrid: svc, port: 80 }] });
    return c;
  };

  test('on 1.18 (TKE Edge) the Ingress is networking.k8s.io/v1beta1 with a v1beta1 backend', () => {
    const objects = synthUnchecked(program(KubernetesVersion.V1_18_2, Platform.TKE_EDGE));
    const ing = objects.find(o => o.kind === 'Ingress');
    expect(ing.apiVersion).toBe('networking.k8s.io/v1beta1');
    expect(ing.spec.ingressClassName).toBe('ing-bj');
    expect(ing.spec.rules[0].http.paths[0]).toEqual({ path: '/', pathType: 'Prefix', backend: { serviceName: 'web-svc-svc', servicePort: 80 } });
  });

  test('on 1.20 the Ingress is networking.k8s.io/v1 with a v1 backend', () => {
    const objects = synth(program(KubernetesVersion.V1_20_6, Platform.TKE_EDGE));
    const ing = objects.find(o => o.kind === 'Ingress');
    expect(ing.apiVersion).toBe('networking.k8s.io/v1');
    expect(ing.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'web-svc-svc', port: { number: 80 } } });
  });

  test('on 1.18 with open-source SuperEdge the ingress-nginx controllers cannot run: SE-V03; the IngressClass is v1beta1', () => {
    const c = program(KubernetesVersion.V1_18_2, Platform.SUPEREDGE);
    const lines = findingsOf(c, 'SE-V03');
    expect(lines).toEqual([expect.stringMatching(/^\[edge\/ing\/Unit-bj\/DaemonSet\] SE-V03: the per-unit ingress controller ing-bj-controller \(ingress-nginx v1\.3\.1\) needs Kubernetes 1\.19 or later, but the cluster declares 1\.18\.2\. Fix: /)]);
    expect(findingsOf(c, 'SE-V02')).toEqual([]);
  });
});
