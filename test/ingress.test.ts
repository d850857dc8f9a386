import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, INGRESS_NGINX_IMAGE, IngressPathType, MultiRegionIngress, NodeGroup, NodeUnit, Platform, ServiceGrid } from '../src';
import { schemaProblems } from './support/schema';
import { cluster, find, findingsOf, synth, synthError } from './support/synth';

function seed(props = {}) {
  const c = cluster(props);
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1', 'bj-2'] });
  const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
  const location = new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
  const nginxService = new ServiceGrid(c, 'nginx-service', { name: 'nginx', nodeGroup: location, ports: [{ port: 8080 }] });
  return { c, bj, gz, location, nginxService };
}

describe('MultiRegionIngress on open-source SuperEdge', () => {
  test('the issue program: per unit an Ingress, IngressClass, ConfigMap and hostNetwork controller through the wrapper', () => {
    const { c, bj, gz, nginxService } = seed();
    new MultiRegionIngress(c, 'echo', {
      nodeUnits: [bj, gz],
      rules: [{ host: 'test.k8s.io', path: '/echo', serviceGrid: nginxService, port: 8080 }],
    });
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    expect(synthError(c)).toBe('');

    const ing = find(objects, 'Ingress', 'echo-beijing');
    expect(ing.spec).toEqual({
      ingressClassName: 'echo-beijing',
      rules: [{ host: 'test.k8s.io', http: { paths: [{ path: '/echo', pathType: 'Prefix', backend: { service: { name: 'nginx-svc', port: { number: 8080 } } } }] } }],
    });
    expect(find(objects, 'Ingress', 'echo-guangzhou').spec.ingressClassName).toBe('echo-guangzhou');
    expect(find(objects, 'IngressClass', 'echo-beijing').spec).toEqual({ controller: 'superedge.io/echo-beijing' });
    expect(find(objects, 'IngressClass', 'echo-beijing').metadata.namespace).toBeUndefined();

    const ds = find(objects, 'DaemonSet', 'echo-beijing-controller');
    expect(ds.metadata.namespace).toBe('kube-system');
    const pod = ds.spec.template.spec;
    expect(pod.hostNetwork).toBe(true);
    expect(pod.dnsPolicy).toBe('ClusterFirstWithHostNet');
    expect(pod.nodeSelector).toEqual({ beijing: 'nodeunits.superedge.io' });
    expect(pod.affinity).toBeUndefined();
    expect(pod.serviceAccountName).toBe('echo-ingress-nginx');
    const ctl = pod.containers[0];
    expect(ctl.image).toBe(INGRESS_NGINX_IMAGE);
    expect(ctl.image).toMatch(/controller:v1\.3\.1@sha256:/);
    expect(ctl.args).toEqual([
      '/nginx-ingress-controller',
      '--apiserver-host=http://127.0.0.1:51006/superedge-ingress/beijing',
      '--controller-class=superedge.io/echo-beijing',
      '--ingress-class=echo-beijing',
      '--configmap=$(POD_NAMESPACE)/echo-beijing-controller',
      '--election-id=echo-beijing-leader',
      '--watch-ingress-without-class=false',
      '--http-port=80',
      '--https-port=443',
    ]);
    expect(ctl.ports.map((p: any) => [p.containerPort, p.hostPort])).toEqual([[80, 80], [443, 443]]);
    expect(ctl.resources).toEqual({ requests: { cpu: '100m', memory: '90Mi' }, limits: { memory: '512Mi' } });
    expect(find(objects, 'ConfigMap', 'echo-beijing-controller').metadata.namespace).toBe('kube-system');

    // RBAC: what ingress-nginx v1.3 needs, and no EndpointSlices (it reads Endpoints).
    const cr = find(objects, 'ClusterRole', 'echo-ingress-nginx');
    expect(JSON.stringify(cr.rules)).not.toContain('endpointslices');
    expect(cr.rules).toContainEqual({ apiGroups: ['networking.k8s.io'], resources: ['ingresses/status'], verbs: ['update'] });
    const role = find(objects, 'Role', 'echo-ingress-nginx');
    expect(role.rules).toContainEqual({ apiGroups: ['coordination.k8s.io'], resources: ['leases'], resourceNames: ['echo-beijing-leader', 'echo-guangzhou-leader'], verbs: ['get', 'update'] });
    expect(find(objects, 'RoleBinding', 'echo-ingress-nginx').subjects).toEqual([{ kind: 'ServiceAccount', name: 'echo-ingress-nginx', namespace: 'kube-system' }]);
  });

  test('plain Service backends, TLS from a Secret reference, controller subset, resources and nginx settings', () => {
    const { c, bj, gz } = seed();
    const cert = kplus.Secret.fromSecretName(c, 'cert', 'shop-tls');
    const ing = new MultiRegionIngress(c, 'shop', {
      nodeUnits: [bj, gz],
      rules: [{ host: 'shop.example.com', serviceName: 'web', port: 80 }],
      tls: [{ hosts: ['shop.example.com'], secret: cert }],
      controllerNodes: ['gz-2', 'bj-1'],
      resources: { cpu: { request: kplus.Cpu.millis(200) }, memory: { limit: Size.mebibytes(256) } },
      nginxConfig: { 'use-forwarded-headers': 'true' },
      namespace: 'shop',
    });
    ing.addRule({ host: 'shop.example.com', path: '/api', pathType: IngressPathType.EXACT, serviceName: 'api', port: 8080 });
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    const spec = find(objects, 'Ingress', 'shop-guangzhou').spec;
    expect(find(objects, 'Ingress', 'shop-guangzhou').metadata.namespace).toBe('shop');
    expect(spec.tls).toEqual([{ hosts: ['shop.example.com'], secretName: 'shop-tls' }]);
    expect(spec.rules[0].http.paths.map((p: any) => [p.path, p.pathType, p.backend.service.name])).toEqual([
      ['/', 'Prefix', 'web'], ['/api', 'Exact', 'api'],
    ]);
    const pod = find(objects, 'DaemonSet', 'shop-guangzhou-controller').spec.template.spec;
    expect(pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([
      { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['gz-2'] }] },
    ]);
    expect(pod.containers[0].resources).toEqual({ requests: { cpu: '200m' }, limits: { memory: '256Mi' } });
    expect(find(objects, 'ConfigMap', 'shop-guangzhou-controller').data).toEqual({ 'use-forwarded-headers': 'true' });
  });
});

describe('MultiRegionIngress on TKE Edge', () => {
  test('only the Ingress objects, bound to the add-on classes', () => {
    const { c, bj, gz, nginxService } = seed({ platform: Platform.TKE_EDGE });
    new MultiRegionIngress(c, 'echo', {
      nodeUnits: [bj, gz],
      ingressClassPrefix: 'nginx-',
      rules: [{ host: 'test.k8s.io', path: '/echo', serviceGrid: nginxService, port: 8080 }],
    });
    const objects = synth(c).filter(o => !['NodeUnit', 'NodeGroup', 'ServiceGrid'].includes(o.kind));
    expect(objects.map(o => `${o.kind}/${o.metadata.name}`)).toEqual(['Ingress/echo-beijing', 'Ingress/echo-guangzhou']);
    expect(objects[0].spec.ingressClassName).toBe('nginx-beijing');
    expect(schemaProblems(objects)).toEqual([]);
  });
});

describe('ingress rules', () => {
  test('SE-I01: an ingress without units', () => {
    const { c } = seed();
    new MultiRegionIngress(c, 'echo', { nodeUnits: [], rules: [{ serviceName: 'web', port: 80 }] });
    expect(findingsOf(c, 'SE-I01')).toEqual(['[edge/echo] SE-I01: MultiRegionIngress "echo" has no units, so it has no entry point. Fix: pass nodeUnits: [unitA, unitB, ...]']);
  });

  test('SE-I02: bad rules', () => {
    const { c, bj, nginxService } = seed();
    new MultiRegionIngress(c, 'echo', {
      nodeUnits: [bj],
      rules: [
        { host: 'Test.k8s.io:80', path: 'echo', serviceName: 'web', port: 0 },
        { serviceGrid: nginxService, serviceName: 'web', port: 8080 },
      ],
    });
    const f = findingsOf(c, 'SE-I02');
    expect(f[0]).toBe('[edge/echo] SE-I02: MultiRegionIngress "echo" rule 1 (Test.k8s.io:80echo): port 0 is not within 1-65535; path "echo" does not start with "/"; host "Test.k8s.io:80" is not a lower-case DNS name (a leading "*." is allowed; no port, no IP). Fix: give host (a DNS name), path starting with \'/\', port 1-65535, and either serviceGrid or serviceName');
    expect(f[1]).toContain('rule 2 (*/): it needs exactly one of serviceGrid and serviceName');
  });

  test('SE-I03: two controllers on one node', () => {
    const { c, bj, gz } = seed();
    const racks = new NodeUnit(c, 'racks', { nodes: ['bj-2', 'gz-9'] });
    new MultiRegionIngress(c, 'a', { nodeUnits: [bj, gz], rules: [{ serviceName: 'web', port: 80 }] });
    new MultiRegionIngress(c, 'b', { nodeUnits: [racks], rules: [{ serviceName: 'web', port: 80 }] });
    expect(findingsOf(c, 'SE-I03')).toEqual([
      '[edge/a] SE-I03: the ingress controllers of unit "beijing" (a) and unit "racks" (b) would both run on bj-2; each binds host ports 80 and 443, so only one can start there. Fix: give each controller its own nodes with controllerNodes, or route both sets of rules through one MultiRegionIngress',
      '[edge/b] SE-I03: the ingress controllers of unit "racks" (b) and unit "beijing" (a) would both run on bj-2; each binds host ports 80 and 443, so only one can start there. Fix: give each controller its own nodes with controllerNodes, or route both sets of rules through one MultiRegionIngress',
    ]);
  });

  test('SE-I03: controller subsets that do not overlap are fine', () => {
    const { c, bj } = seed();
    const racks = new NodeUnit(c, 'racks', { nodes: ['bj-2', 'gz-9'] });
    new MultiRegionIngress(c, 'a', { nodeUnits: [bj], controllerNodes: ['bj-1'], rules: [{ serviceName: 'web', port: 80 }] });
    new MultiRegionIngress(c, 'b', { nodeUnits: [racks], rules: [{ serviceName: 'web', port: 80 }] });
    expect(findingsOf(c, 'SE-I03')).toEqual([]);
  });

  test('SE-I04: controller nodes outside the units, or a unit left without one', () => {
    const { c, bj, gz } = seed();
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj, gz], controllerNodes: ['bj-1', 'sh-1'], rules: [{ serviceName: 'web', port: 80 }] });
    const f = findingsOf(c, 'SE-I04');
    expect(f[0]).toContain('SE-I04: controllerNodes sh-1 are in none of the ingress\'s units (beijing, guangzhou), so no controller runs there');
    expect(f[1]).toContain('none of the controllerNodes is in unit "guangzhou", so that unit gets no ingress controller. Fix: add at least one node of "guangzhou" (gz-1, gz-2, gz-3) to controllerNodes');
  });

  test('SE-I05: a ServiceGrid whose group lacks an ingress unit has no backends there', () => {
    const { c, bj, nginxService } = seed();
    const sh = new NodeUnit(c, 'shanghai', { nodes: ['sh-1'] });
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj, sh], rules: [{ serviceGrid: nginxService, port: 8080 }] });
    expect(findingsOf(c, 'SE-I05')[0]).toContain('SE-I05: ServiceGrid "nginx" (rule 1 (*/)) runs on the units of NodeGroup "location", which does not hold shanghai');
  });

  test('SE-I06: ServiceGrid backends in another namespace', () => {
    const { c, bj, nginxService } = seed();
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj], namespace: 'web', rules: [{ serviceGrid: nginxService, port: 8080 }] });
    expect(findingsOf(c, 'SE-I06')[0]).toContain('SE-I06: ServiceGrid "nginx" (rule 1 (*/)) is in namespace "(chart default)" but the Ingress objects are in "web"');
  });

  test('SE-I07: derived names must be valid', () => {
    const c = cluster();
    const u = new NodeUnit(c, 'u'.repeat(50), { nodes: ['n-1'] });
    new MultiRegionIngress(c, 'i'.repeat(20), { nodeUnits: [u], rules: [{ serviceName: 'web', port: 80 }] });
    expect(findingsOf(c, 'SE-I07')[0]).toContain(`SE-I07: MultiRegionIngress "${'i'.repeat(20)}" for unit "${'u'.repeat(50)}" would create invalid names: label value`);
  });

  test('SE-I08: duplicate host and path', () => {
    const { c, bj } = seed();
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj], rules: [{ host: 'a.io', serviceName: 'web', port: 80 }, { host: 'a.io', path: '/', serviceName: 'api', port: 80 }] });
    expect(findingsOf(c, 'SE-I08')[0]).toContain('SE-I08: MultiRegionIngress "echo" rule 2 (a.io/) repeats rule 1');
  });

  test('SE-I09: the port must be a Service port of the ServiceGrid', () => {
    const { c, bj, nginxService } = seed();
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj], rules: [{ serviceGrid: nginxService, port: 80 }] });
    expect(findingsOf(c, 'SE-I09')[0]).toContain('SE-I09: rule 1 (*/) routes to port 80 of ServiceGrid "nginx", whose Service has ports 8080');
  });

  test('the issue program: a ServiceGrid target port is translated to its Service port', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1', 'bj-2'] });
    const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
    const location = new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
    const nginx = new DeploymentGrid(c, 'nginx', { nodeGroup: location, replicas: 3, containers: [{ image: 'nginx:1.25', portNumber: 8080 }] });
    const nginxService = new ServiceGrid(c, 'nginx-service', { name: 'nginx', nodeGroup: location, selector: nginx, ports: [{ port: 80, targetPort: 8080 }] });
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj, gz], rules: [{ host: 'test.k8s.io', path: '/echo', serviceGrid: nginxService, port: 8080 }] });
    expect(synthError(c)).toBe('');
    const ing = find(synth(c), 'Ingress', 'echo-beijing');
    expect(ing.spec.rules[0].http.paths[0].backend).toEqual({ service: { name: 'nginx-svc', port: { number: 80 } } });
  });

  test('SE-I09: a target port shared by several Service ports is ambiguous', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    const location = new NodeGroup(c, 'location', { nodeUnits: [bj] });
    const sg = new ServiceGrid(c, 'web', { nodeGroup: location, ports: [{ name: 'a', port: 80, targetPort: 8080 }, { name: 'b', port: 81, targetPort: 8080 }] });
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj], rules: [{ serviceGrid: sg, port: 8080 }] });
    expect(findingsOf(c, 'SE-I09')[0]).toContain('routes to port 8080, the target port of several ports (80, 81) of ServiceGrid "web", so the Service port is ambiguous');
  });

  test('SE-I10: warns about an ingress without rules', () => {
    const { c, bj } = seed();
    new MultiRegionIngress(c, 'echo', { nodeUnits: [bj] });
    expect(findingsOf(c, 'SE-I10')[0]).toContain('warning SE-I10: MultiRegionIngress "echo" has no rules');
  });
});
