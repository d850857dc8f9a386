import { Construct } from 'constructs';
import type { AdmissionTls } from './admission-tls';
import { fieldEnv } from '../internal/addon-util';
import { ManifestObject } from '../internal/manifest-object';
import { EDGE_HEALTH_ADMISSION_NAME, EDGE_HEALTH_ADMISSION_PORT } from '../superedge/edge-health-admission';

/** What the webhook is emitted with. Internal. */
export interface EdgeHealthAdmissionOptions {
  readonly namespace: string;
  readonly tls: AdmissionTls;
  readonly image: string;
  /** Global no-eviction: the webhook drops the unreachable NoExecute taint whatever the votes say. */
  readonly alwaysReachable: boolean;
}

const LABELS = { 'k8s-app': EDGE_HEALTH_ADMISSION_NAME };
const CERT_DIR = '/etc/edge-health-admission/certs';

/**
 * Emits edge-health-admission, the cloud-side half of edge-health: the mutating webhook
 * that turns the peers' votes into (no) evictions. ServiceAccount, ClusterRole (nodes,
 * read-only), ClusterRoleBinding, Deployment on the control plane, Service 443 -> 8443,
 * MutatingWebhookConfiguration on UPDATE of nodes and endpoints, and with cert-manager a
 * Certificate. Internal: EdgeHealth calls it.
 */
export function addEdgeHealthAdmission(scope: Construct, o: EdgeHealthAdmissionOptions): void {
  const name = EDGE_HEALTH_ADMISSION_NAME;
  const ns = o.namespace;
  const rbac = 'rbac.authorization.k8s.io/v1';
  new ManifestObject(scope, 'AdmissionServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', name, namespace: ns }, () => ({ labels: LABELS, body: {} }));
  new ManifestObject(scope, 'AdmissionClusterRole', { apiVersion: rbac, kind: 'ClusterRole', name, clusterScoped: true }, () => ({
    labels: LABELS,
    // It reads nodes (their Ready condition and the nodeunhealth annotation) and answers
    // with patches; the API server applies them, so it writes nothing itself.
    body: { rules: [{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] }] },
  }));
  new ManifestObject(scope, 'AdmissionClusterRoleBinding', { apiVersion: rbac, kind: 'ClusterRoleBinding', name, clusterScoped: true }, () => ({
    labels: LABELS,
    body: {
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
    },
  }));

  const args = [
    `--admission-control-server-cert=${CERT_DIR}/tls.crt`,
    `--admission-control-server-key=${CERT_DIR}/tls.key`,
  ];
  if (o.alwaysReachable) args.push('--always-reachable=true');
  new ManifestObject(scope, 'AdmissionDeployment', { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace: ns }, () => ({
    labels: LABELS,
    body: {
      spec: {
        replicas: 1,
        selector: { matchLabels: LABELS },
        template: {
          metadata: { labels: LABELS },
          spec: {
            serviceAccountName: name,
            // Cloud side: the webhook must stay reachable from the API server while edge sites are cut off.
            affinity: {
              nodeAffinity: {
                requiredDuringSchedulingIgnoredDuringExecution: {
                  nodeSelectorTerms: [
                    { matchExpressions: [{ key: 'node-role.kubernetes.io/master', operator: 'Exists' }] },
                    { matchExpressions: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists' }] },
                  ],
                },
              },
            },
            tolerations: [
              { key: 'node-role.kubernetes.io/master', operator: 'Exists', effect: 'NoSchedule' },
              { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' },
            ],
            containers: [{
              name,
              image: o.image,
              imagePullPolicy: 'IfNotPresent',
              command: [name],
              args,
              env: [fieldEnv('MASTER_NAMESPACE', 'metadata.namespace')],
              ports: [{ name: 'webhook', containerPort: EDGE_HEALTH_ADMISSION_PORT, protocol: 'TCP' }],
              volumeMounts: [{ name: 'certs', mountPath: CERT_DIR, readOnly: true }],
              resources: { requests: { cpu: '10m', memory: '20Mi' }, limits: { memory: '100Mi' } },
              securityContext: {
                allowPrivilegeEscalation: false,
                privileged: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
            }],
            volumes: [{ name: 'certs', secret: { secretName: o.tls.secretName } }],
          },
        },
      },
    },
  }));
  new ManifestObject(scope, 'AdmissionService', { apiVersion: 'v1', kind: 'Service', name, namespace: ns }, () => ({
    labels: LABELS,
    body: {
      spec: {
        type: 'ClusterIP',
        selector: LABELS,
        ports: [{ name: 'webhook', port: 443, protocol: 'TCP', targetPort: EDGE_HEALTH_ADMISSION_PORT }],
      },
    },
  }));

  if (o.tls.usesCertManager) {
    new ManifestObject(scope, 'AdmissionCertificate', { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', name, namespace: ns }, () => ({
      labels: LABELS,
      body: {
        spec: {
          secretName: o.tls.secretName,
          dnsNames: [`${name}.${ns}.svc`, `${name}.${ns}.svc.cluster.local`],
          issuerRef: { group: 'cert-manager.io', kind: o.tls.issuerKind, name: o.tls.issuer },
          usages: ['digital signature', 'key encipherment', 'server auth'],
        },
      },
    }));
  }

  const webhook = (hookName: string, path: string, resource: string): any => ({
    name: hookName,
    // The code decodes admission/v1 reviews (the upstream manifest's v1beta1 is stale).
    admissionReviewVersions: ['v1'],
    clientConfig: {
      service: { namespace: ns, name, path, port: 443 },
      caBundle: o.tls.caBundle,
    },
    // A webhook that is down must not block node and endpoint updates: the cluster then
    // behaves as without edge-health.
    failurePolicy: 'Ignore',
    matchPolicy: 'Exact',
    rules: [{ apiGroups: [''], apiVersions: ['v1'], operations: ['UPDATE'], resources: [resource], scope: '*' }],
    sideEffects: 'None',
    timeoutSeconds: 5,
  });
  new ManifestObject(scope, 'AdmissionWebhook', {
    apiVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration', name, clusterScoped: true,
  }, () => ({
    labels: LABELS,
    annotations: o.tls.usesCertManager ? { 'cert-manager.io/inject-ca-from': `${ns}/${name}` } : undefined,
    body: {
      webhooks: [
        webhook('node-taint.edge-health.superedge.io', '/node-taint', 'nodes'),
        webhook('endpoint.edge-health.superedge.io', '/endpoint', 'endpoints'),
      ],
    },
  }));
}
