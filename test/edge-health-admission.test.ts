import { AdmissionTls, CertManagerIssuerKind, EdgeHealth, EdgeHealthMode, EdgeHealthPlugin, NodeUnit, Platform } from '../src';
import { schemaProblems } from './support/schema';
import { cluster, find, findingsOf, synth, synthError, synthUnchecked } from './support/synth';

const CA_BUNDLE = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n').toString('base64');

function seed(props = {}) {
  const c = cluster(props);
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1', 'bj-2'] });
  return { c, bj };
}

describe('check plugins', () => {
  test('default: the kubelet secure-port plugin with upstream\'s settings, as the command line of edge-health', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', { checkUnits: [bj], daemonSet: true, admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE) });
    const main = find(synth(c), 'DaemonSet', 'edge-health').spec.template.spec.containers[0];
    expect(main.command).toEqual(['edge-health']);
    expect(main.args).toEqual(['--kubeletauthplugin=timeout=5,retrytime=3,weight=1,port=10250']);
  });

  test('plugins and their weights are props', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', {
      checkUnits: [bj],
      daemonSet: true,
      admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE),
      plugins: [EdgeHealthPlugin.kubeletAuth({ weight: 0.5, timeout: 3 }), EdgeHealthPlugin.kubelet({ weight: 0.5, retryTime: 1 })],
    });
    const main = find(synth(c), 'DaemonSet', 'edge-health').spec.template.spec.containers[0];
    expect(main.args).toEqual([
      '--kubeletauthplugin=timeout=3,retrytime=3,weight=0.5,port=10250',
      '--kubeletplugin=timeout=5,retrytime=1,weight=0.5,port=10255',
    ]);
  });

  test('bad plugin settings are refused with the fix', () => {
    expect(() => EdgeHealthPlugin.kubeletAuth({ weight: 1.5 })).toThrow('EdgeHealthPlugin.kubeletauthplugin: weight 1.5 is not a number above 0 and at most 1');
    expect(() => EdgeHealthPlugin.kubelet({ port: 0 })).toThrow('EdgeHealthPlugin.kubeletplugin: port 0 is not a whole number from 1 to 65535');
    expect(() => EdgeHealthPlugin.kubeletAuth({ timeout: 'x' as any })).toThrow('timeout "x" is not a whole number');
    const { c } = seed();
    expect(() => new EdgeHealth(c, 'a', { plugins: [] })).toThrow('[edge/a] EdgeHealth: plugins must be a non-empty list of EdgeHealthPlugin');
    expect(() => new EdgeHealth(c, 'b', { plugins: [EdgeHealthPlugin.kubelet(), EdgeHealthPlugin.kubelet()] })).toThrow('plugin --kubeletplugin is given twice');
  });
});

describe('edge-health DaemonSet hardening', () => {
  test('no privilege escalation, no capability, read-only root, IfNotPresent; nodes/proxy get and nothing broader', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', { checkUnits: [bj], daemonSet: true, admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE) });
    const objects = synth(c);
    const main = find(objects, 'DaemonSet', 'edge-health').spec.template.spec.containers[0];
    expect(main.securityContext).toEqual({ allowPrivilegeEscalation: false, privileged: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(main.imagePullPolicy).toBe('IfNotPresent');
    const rules = find(objects, 'ClusterRole', 'edge-health').rules;
    expect(rules).toContainEqual({ apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] });
    expect(rules.flatMap((r: any) => r.resources)).toEqual(['nodes', 'nodes/proxy']);
  });
});

describe('edge-health-admission', () => {
  test('from a Secret: Deployment, Service 443 -> 8443, webhook on node and endpoint updates with the CA bundle', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', { checkUnits: [bj], daemonSet: true, admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE) });
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    const dep = find(objects, 'Deployment', 'edge-health-admission');
    expect(dep.metadata.namespace).toBe('kube-system');
    const pod = dep.spec.template.spec;
    const ctr = pod.containers[0];
    expect(ctr.command).toEqual(['edge-health-admission']);
    expect(ctr.args).toEqual([
      '--admission-control-server-cert=/etc/edge-health-admission/certs/tls.crt',
      '--admission-control-server-key=/etc/edge-health-admission/certs/tls.key',
    ]);
    expect(ctr.securityContext.capabilities).toEqual({ drop: ['ALL'] });
    expect(ctr.securityContext.allowPrivilegeEscalation).toBe(false);
    expect(pod.volumes).toEqual([{ name: 'certs', secret: { secretName: 'admission-tls' } }]);
    expect(pod.serviceAccountName).toBe('edge-health-admission');
    const svc = find(objects, 'Service', 'edge-health-admission');
    expect(svc.spec.ports).toEqual([{ name: 'webhook', port: 443, protocol: 'TCP', targetPort: 8443 }]);
    expect(svc.spec.selector).toEqual(dep.spec.template.metadata.labels);
    const hook = find(objects, 'MutatingWebhookConfiguration', 'edge-health-admission');
    expect(hook.metadata.annotations).toBeUndefined();
    expect(hook.webhooks.map((w: any) => [w.clientConfig.service.path, w.rules[0].resources, w.rules[0].operations, w.failurePolicy])).toEqual([
      ['/node-taint', ['nodes'], ['UPDATE'], 'Ignore'],
      ['/endpoint', ['endpoints'], ['UPDATE'], 'Ignore'],
    ]);
    for (const w of hook.webhooks) {
      expect(w.clientConfig.caBundle).toBe(CA_BUNDLE);
      expect(w.clientConfig.service).toMatchObject({ name: 'edge-health-admission', namespace: 'kube-system', port: 443 });
      expect(w.admissionReviewVersions).toEqual(['v1']);
      expect(w.sideEffects).toBe('None');
    }
    expect(find(objects, 'ClusterRole', 'edge-health-admission').rules).toEqual([{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] }]);
    expect(objects.filter(o => o.kind === 'Secret' || o.kind === 'Certificate')).toEqual([]);
  });

  test('cert-manager: a Certificate for the Service names and CA injection into the webhook', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', {
      checkUnits: [bj],
      daemonSet: true,
      namespace: 'edge-system',
      admissionTls: AdmissionTls.certManager({ issuer: 'cluster-ca', issuerKind: CertManagerIssuerKind.CLUSTER_ISSUER }),
    });
    const objects = synthUnchecked(c);
    // cert-manager's Certificate is a custom resource whose CRD the schema validator does
    // not load: every other object is validated, and the Certificate's fields are asserted.
    expect(schemaProblems(objects.filter(o => o.kind !== 'Certificate'))).toEqual([]);
    const cert = find(objects, 'Certificate', 'edge-health-admission');
    expect(cert.apiVersion).toBe('cert-manager.io/v1');
    expect(cert.metadata.namespace).toBe('edge-system');
    expect(cert.spec).toEqual({
      secretName: 'edge-health-admission-tls',
      dnsNames: ['edge-health-admission.edge-system.svc', 'edge-health-admission.edge-system.svc.cluster.local'],
      issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'cluster-ca' },
      usages: ['digital signature', 'key encipherment', 'server auth'],
    });
    const hook = find(objects, 'MutatingWebhookConfiguration', 'edge-health-admission');
    expect(hook.metadata.annotations).toEqual({ 'cert-manager.io/inject-ca-from': 'edge-system/edge-health-admission' });
    expect(hook.webhooks.map((w: any) => w.clientConfig.caBundle)).toEqual([undefined, undefined]);
    expect(find(objects, 'Deployment', 'edge-health-admission').spec.template.spec.volumes[0].secret.secretName).toBe('edge-health-admission-tls');
  });

  test('NO_EVICTION emits the webhook with --always-reachable=true and no DaemonSet', () => {
    const { c } = seed();
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.NO_EVICTION, admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE) });
    const objects = synth(c);
    expect(find(objects, 'Deployment', 'edge-health-admission').spec.template.spec.containers[0].args).toContain('--always-reachable=true');
    expect(objects.filter(o => o.kind === 'DaemonSet' || o.metadata.name === 'edge-health-config')).toEqual([]);
    expect(find(objects, 'MutatingWebhookConfiguration', 'edge-health-admission').webhooks).toHaveLength(2);
  });

  test('TKE Edge runs the webhook itself: nothing emitted for it', () => {
    const { c } = seed({ platform: Platform.TKE_EDGE });
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.NO_EVICTION, admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE) });
    expect(synth(c).filter(o => o.kind !== 'NodeUnit')).toEqual([]);
  });

  test('no key at synthesis: a CA bundle holding a private key or no certificate is refused', () => {
    const key = Buffer.from('-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----\n').toString('base64');
    expect(() => AdmissionTls.fromSecret('tls', key)).toThrow('AdmissionTls.fromSecret: caBundle holds a private key');
    expect(() => AdmissionTls.fromSecret('tls', Buffer.from('hello').toString('base64'))).toThrow('does not decode to a PEM certificate');
    expect(() => AdmissionTls.fromSecret('tls', 'not base64!')).toThrow('caBundle is not base64 text');
    expect(() => AdmissionTls.fromSecret('Bad_Name', CA_BUNDLE)).toThrow('secret name "Bad_Name" is not a Secret name');
    expect(() => AdmissionTls.certManager({ issuer: null as any })).toThrow('AdmissionTls.certManager: issuer null is not an issuer name');
    expect(() => AdmissionTls.certManager({ issuer: 'ca', issuerKind: 'Vault' as any })).toThrow('issuerKind "Vault" is not one of Issuer, ClusterIssuer');
  });
});

describe('SE-H09: the webhook is needed on open-source SuperEdge', () => {
  test('daemonSet: true without a TLS source is an error', () => {
    const { c, bj } = seed();
    new EdgeHealth(c, 'health', { checkUnits: [bj], daemonSet: true });
    expect(findingsOf(c, 'SE-H09')).toEqual([
      "[edge/health] SE-H09: daemonSet: true without edge-health-admission: on open-source SuperEdge only that webhook removes the unreachable NoExecute taint, so the votes would change no eviction, and the library emits the webhook only with a TLS source. Fix: pass admissionTls: AdmissionTls.certManager({ issuer: 'my-ca-issuer' }) (cert-manager installed) or AdmissionTls.fromSecret('edge-health-admission-tls', caBundle) (a kubernetes.io/tls Secret you create)",
    ]);
    expect(synthError(c)).toContain('SE-H09');
  });

  test('NO_EVICTION without a TLS source is an error', () => {
    const { c } = seed();
    new EdgeHealth(c, 'health', { mode: EdgeHealthMode.NO_EVICTION });
    expect(findingsOf(c, 'SE-H09')[0]).toContain('SE-H09: mode NO_EVICTION without edge-health-admission');
  });

  test('quiet: with a TLS source, on TKE Edge, or with the ConfigMap only', () => {
    const a = seed();
    new EdgeHealth(a.c, 'health', { checkUnits: [a.bj], daemonSet: true, admissionTls: AdmissionTls.fromSecret('admission-tls', CA_BUNDLE) });
    const b = seed({ platform: Platform.TKE_EDGE });
    new EdgeHealth(b.c, 'health', { mode: EdgeHealthMode.NO_EVICTION });
    const d = seed();
    new EdgeHealth(d.c, 'health', { checkUnits: [d.bj] });
    for (const x of [a.c, b.c, d.c]) expect(findingsOf(x, 'SE-H09')).toEqual([]);
  });
});
