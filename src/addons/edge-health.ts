import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { AdmissionTls } from './admission-tls';
import { addEdgeHealthAdmission } from './edge-health-admission';
import { EdgeHealthPlugin } from './edge-health-plugin';
import { fieldEnv } from '../internal/addon-util';
import { brand } from '../internal/brands';
import { ManifestObject } from '../internal/manifest-object';
import { sortedUnique } from '../internal/util';
import type { ModelBuilder } from '../model/builder';
import { EDGE_HEALTH_CONFIG_NAME, EDGE_HEALTH_PORT } from '../superedge/labels';
import { Platform } from '../topology/cluster-options';
import { EdgeCluster } from '../topology/edge-cluster';
import type { INodeUnit, NodeUnit } from '../topology/node-unit';
import { TopologyIndex } from '../topology/topology-index';
import { addModelChecks } from '../validation/model-checks';
import { RESOURCES, SECRET_VALUE, UNIT_REF } from '../validation/props/common-props';
import { BOOLEAN, checkProps, childPath, enumOf, listOf, STRING } from '../validation/props/prop-types';
import { addCrossClusterReferences } from '../validation/props/references';
import { renderResources } from '../workloads/kplus-adapter';

// Controller facts, defined in src/superedge and re-exported here for existing imports.
export { EDGE_HEALTH_CONFIG_NAME, EDGE_HEALTH_PORT };
/** The label edge-health's informers filter ConfigMaps and peer pods on. */
export const EDGE_HEALTH_LABEL = { name: 'edge-health' };
/** The image of the edge-health DaemonSet unless one is given (the release the upstream manifests ship). */
export const DEFAULT_EDGE_HEALTH_IMAGE = 'superedge.tencentcloudcr.com/superedge/edge-health:v0.7.0';
/**
 * The image of edge-health-admission unless one is given (the same release as edge-health).
 * Pinned by tag: no digest of this release is published in SuperEdge's material.
 */
export const DEFAULT_EDGE_HEALTH_ADMISSION_IMAGE = 'superedge.tencentcloudcr.com/superedge/edge-health-admission:v0.7.0';
/**
 * The image that copies the HMAC key from its Secret into the `hmac-config` ConfigMap
 * edge-health reads (`kubectl apply -k`, no shell needed).
 */
export const DEFAULT_HMAC_SYNC_IMAGE = 'registry.k8s.io/kubectl:v1.30.0';

/**
 * How edge-health decides which nodes probe each other.
 */
export enum EdgeHealthMode {
  /**
   * Off: nothing is emitted. (On TKE Edge, switch the add-on off in the console.)
   */
  OFF = 'off',
  /**
   * Every node (except masters) probes every other node:
   * `unit-internal-check: "false"`.
   */
  ALL_NODES = 'all-nodes',
  /**
   * Multi-region: nodes probe only their peers inside the listed units (`checkUnits`
   * and units with `edgeHealth: true`). Nodes in no listed unit are not checked.
   */
  UNITS = 'units',
  /**
   * Global no-eviction: edge-health-admission drops every `NoExecute` unreachable
   * taint, so pods are never evicted for a lost cloud link. Excludes health checking
   * (the two are mutually exclusive). On TKE Edge it is the platform's switch and nothing
   * is emitted; on open-source SuperEdge the webhook is emitted with
   * `--always-reachable=true` (it needs `admissionTls`).
   */
  NO_EVICTION = 'no-eviction',
}

/**
 * Properties of EdgeHealth.
 */
export interface EdgeHealthProps {
  /**
   * How nodes are checked.
   * @default - `UNITS` when `checkUnits` is given or a unit sets `edgeHealth: true`, else `ALL_NODES`
   */
  readonly mode?: EdgeHealthMode;

  /**
   * The units whose nodes probe each other (multi-region mode). Units that set
   * `edgeHealth: true` are added; listing a unit that sets `edgeHealth: false` is an error.
   * @default - only the units that set `edgeHealth: true`
   */
  readonly checkUnits?: INodeUnit[];

  /**
   * The namespace the edge-health pods run in: edge-health reads its ConfigMaps only
   * there (env `NAMESPACE`, whose default in the code is `kube-system`; the upstream
   * docs say `edge-system`).
   * @default 'kube-system'
   */
  readonly namespace?: string;

  /**
   * Name of the DaemonSet, its ServiceAccount and RBAC objects (the ConfigMap is always
   * `edge-health-config`: edge-health reads that name).
   * @default 'edge-health'
   */
  readonly name?: string;

  /**
   * Also emit the edge-health DaemonSet with its ServiceAccount and RBAC (open-source
   * SuperEdge only: on TKE Edge the add-on runs it).
   * @default false
   */
  readonly daemonSet?: boolean;

  /**
   * Image of the edge-health DaemonSet.
   * @default 'superedge.tencentcloudcr.com/superedge/edge-health:v0.7.0'
   */
  readonly image?: string;

  /**
   * The HMAC key that signs the peers' results, from a Secret. The DaemonSet's init
   * container copies it into the `hmac-config` ConfigMap that edge-health reads, so
   * the key never appears in a manifest. Without it edge-health signs with the public
   * default key compiled into its source code.
   * @default - no key: the public default key (a warning)
   */
  readonly hmacKey?: kplus.SecretValue;

  /**
   * Image of the init container that copies the HMAC key (needs `kubectl`; no shell).
   * @default 'registry.k8s.io/kubectl:v1.30.0'
   */
  readonly hmacSyncImage?: string;

  /**
   * Requests and limits of the edge-health container.
   * @default - requests 50m CPU and 64Mi memory, memory limit 128Mi
   */
  readonly resources?: kplus.ContainerResources;

  /**
   * The check plugins the DaemonSet runs against every peer, each one command-line flag.
   * At least one: without a plugin every peer scores 0 and every node is voted unhealthy.
   * @default - `[EdgeHealthPlugin.kubeletAuth()]`: `--kubeletauthplugin=timeout=5,retrytime=3,weight=1,port=10250`, as upstream's manifests
   */
  readonly plugins?: EdgeHealthPlugin[];

  /**
   * TLS of edge-health-admission, the mutating webhook that turns the votes into (no)
   * evictions, on open-source SuperEdge: `AdmissionTls.fromSecret(name, caBundle)` or
   * `AdmissionTls.certManager({ issuer })`. Given, the webhook is emitted (Deployment,
   * Service, MutatingWebhookConfiguration, and with cert-manager a Certificate). Ignored
   * on TKE Edge, where the platform runs the webhook.
   * @default - no webhook: on open-source SuperEdge, `daemonSet: true` and `NO_EVICTION` are then errors (SE-H09)
   */
  readonly admissionTls?: AdmissionTls;

  /**
   * Image of edge-health-admission.
   * @default 'superedge.tencentcloudcr.com/superedge/edge-health-admission:v0.7.0'
   */
  readonly admissionImage?: string;
}

/**
 * Edge-health: nodes probe their peers on port 51005 and vote, so that losing the
 * cloud link alone does not evict a site's pods.
 *
 * Emits the `edge-health-config` ConfigMap exactly as edge-health reads it (label
 * `name: edge-health`, in the edge-health pods' namespace, string values), and on
 * open-source SuperEdge optionally the DaemonSet itself with the env it needs.
 */
export class EdgeHealth extends Construct {
  /** The namespace of the edge-health pods and ConfigMaps. */
  public readonly namespace: string;
  /** Name of the DaemonSet and RBAC objects. */
  public readonly name: string;
  /** Whether the DaemonSet is emitted. */
  public readonly daemonSet: boolean;
  /** The cluster. */
  public readonly cluster: EdgeCluster;
  /** The HMAC key reference, if given. */
  public readonly hmacKey?: kplus.SecretValue;
  /** The TLS source of edge-health-admission, if given. */
  public readonly admissionTls?: AdmissionTls;
  /** Whether edge-health-admission is emitted (open-source SuperEdge with `admissionTls`). */
  public readonly admissionEmitted: boolean;
  private readonly pluginList: EdgeHealthPlugin[];
  private readonly listed: INodeUnit[];
  private readonly explicitMode?: EdgeHealthMode;
  /** The DaemonSet's container resources as given (SE-M04 reads them rendered). */
  private readonly resources?: kplus.ContainerResources;

  public constructor(scope: Construct, id: string, props: EdgeHealthProps = {}) {
    checkProps(childPath(scope, id), 'EdgeHealth', props, {
      mode: enumOf('EdgeHealthMode', EdgeHealthMode),
      checkUnits: listOf(UNIT_REF),
      namespace: STRING,
      name: STRING,
      daemonSet: BOOLEAN,
      image: STRING,
      hmacKey: SECRET_VALUE,
      hmacSyncImage: STRING,
      resources: RESOURCES,
    });
    super(scope, id);
    brand(this, 'edgeHealth');
    this.cluster = EdgeCluster.enclosing(this);
    this.listed = [...(props.checkUnits ?? [])];
    this.namespace = props.namespace ?? 'kube-system';
    this.name = props.name ?? 'edge-health';
    this.daemonSet = props.daemonSet ?? false;
    this.hmacKey = props.hmacKey;
    this.explicitMode = props.mode;
    const image = props.image ?? DEFAULT_EDGE_HEALTH_IMAGE;
    const syncImage = props.hmacSyncImage ?? DEFAULT_HMAC_SYNC_IMAGE;
    const resources = props.resources;
    this.admissionTls = props.admissionTls;
    this.pluginList = checkedPlugins(this, props.plugins);

    const checking = props.mode !== EdgeHealthMode.OFF && props.mode !== EdgeHealthMode.NO_EVICTION;
    if (checking) {
      new ManifestObject(this, 'Config', {
        apiVersion: 'v1', kind: 'ConfigMap', name: EDGE_HEALTH_CONFIG_NAME, namespace: this.namespace,
      }, () => ({ labels: { ...EDGE_HEALTH_LABEL }, body: { data: this.configData() } }));
    }
    if (this.daemonSet && checking) {
      this.addDaemonSet(image, syncImage, resources);
    }
    this.resources = resources;
    this.admissionEmitted = this.admissionTls !== undefined && props.mode !== EdgeHealthMode.OFF
      && this.cluster.platform === Platform.SUPEREDGE;
    if (this.admissionTls && this.admissionEmitted) {
      addEdgeHealthAdmission(this, {
        namespace: this.namespace,
        tls: this.admissionTls,
        image: props.admissionImage ?? DEFAULT_EDGE_HEALTH_ADMISSION_IMAGE,
        alwaysReachable: props.mode === EdgeHealthMode.NO_EVICTION,
      });
    }
    addModelChecks(this, this.cluster);
  }

  /**
   * Adds this edge-health declaration to the topology model.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    builder.addEdgeHealth({
      id: this.node.path,
      origin: this.node.path,
      namespace: this.namespace,
      mode: this.mode,
      listed: this.listed.map(u => ({ id: u.node.path, name: u.unitName })),
      checkUnitNames: this.checkUnitNames,
      daemonSet: this.daemonSet,
      hmacKey: this.hmacKey !== undefined,
      admissionTls: this.admissionTls !== undefined,
      name: this.name,
      resources: this.resources ? renderResources(this.resources) : undefined,
    });
    addCrossClusterReferences(builder, this, `EdgeHealth "${this.node.id}"`,
      this.listed.map(u => ({ prop: 'checkUnits', kind: 'NodeUnit', name: u.unitName, target: u })));
  }

  /**
   * The mode in effect: the one given, or `UNITS` when units are listed (here or by
   * their `edgeHealth` switch), else `ALL_NODES`.
   */
  public get mode(): EdgeHealthMode {
    if (this.explicitMode) return this.explicitMode;
    return this.listed.length > 0 || this.switchedOnUnits.length > 0 ? EdgeHealthMode.UNITS : EdgeHealthMode.ALL_NODES;
  }

  /** The check plugins of the DaemonSet. */
  public get plugins(): EdgeHealthPlugin[] {
    return [...this.pluginList];
  }

  /** The units given in `checkUnits`. */
  public get listedUnits(): INodeUnit[] {
    return [...this.listed];
  }

  /** Declared units that set `edgeHealth: true`, sorted by name. */
  public get switchedOnUnits(): NodeUnit[] {
    return TopologyIndex.of(this.cluster).units.filter(u => u.edgeHealth === true);
  }

  /** Names of the units checked in multi-region mode (`check-units`), sorted. */
  public get checkUnitNames(): string[] {
    return sortedUnique([...this.listed, ...this.switchedOnUnits].map(u => u.unitName));
  }

  /** The ConfigMap's data: string values only (edge-health reads strings). */
  private configData(): { [key: string]: string } {
    switch (this.mode) {
      case EdgeHealthMode.ALL_NODES:
        return { 'unit-internal-check': 'false' };
      case EdgeHealthMode.UNITS:
        return { 'unit-internal-check': 'true', 'check-units': this.checkUnitNames.join(',') };
      default:
        return {};
    }
  }

  private addDaemonSet(image: string, syncImage: string, resources?: kplus.ContainerResources): void {
    const ns = this.namespace;
    const name = this.name;
    const syncName = `${name}-hmac-sync`;
    new ManifestObject(this, 'ServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', name, namespace: ns }, () => ({ body: {} }));
    new ManifestObject(this, 'ClusterRole', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name, clusterScoped: true }, () => ({
      body: {
        rules: [
          // Peers are nodes (units come from node labels); votes patch the node annotation `nodeunhealth`.
          { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch', 'patch', 'update'] },
          // The kubelet plugins' probes: the kubelet authorizes them as get on nodes/proxy.
          { apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] },
        ],
      },
    }));
    new ManifestObject(this, 'ClusterRoleBinding', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', name, clusterScoped: true }, () => ({
      body: {
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
        subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
      },
    }));
    const roleRules: any[] = [
      // Peer pods (`name=edge-health`) and the ConfigMaps, in this namespace only.
      { apiGroups: [''], resources: ['pods', 'configmaps'], verbs: ['get', 'list', 'watch'] },
    ];
    if (this.hmacKey) {
      // `kubectl apply` of hmac-config: create cannot be limited by name, patch can.
      roleRules.push({ apiGroups: [''], resources: ['configmaps'], verbs: ['create'] });
      roleRules.push({ apiGroups: [''], resources: ['configmaps'], resourceNames: ['hmac-config'], verbs: ['get', 'patch'] });
    }
    new ManifestObject(this, 'Role', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', name, namespace: ns }, () => ({ body: { rules: roleRules } }));
    new ManifestObject(this, 'RoleBinding', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', name, namespace: ns }, () => ({
      body: {
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
      },
    }));

    const volumes: any[] = [];
    const initContainers: any[] = [];
    if (this.hmacKey) {
      // The kustomization (no secret in it) and the key file, projected into one folder,
      // so `kubectl apply -k` can generate hmac-config from the Secret without a shell.
      new ManifestObject(this, 'HmacSync', { apiVersion: 'v1', kind: 'ConfigMap', name: syncName, namespace: ns }, () => ({
        body: {
          data: {
            'kustomization.yaml': [
              'apiVersion: kustomize.config.k8s.io/v1beta1',
              'kind: Kustomization',
              `namespace: ${ns}`,
              'generatorOptions:',
              '  disableNameSuffixHash: true',
              '  labels:',
              '    name: edge-health',
              'configMapGenerator:',
              '- name: hmac-config',
              '  files:',
              '  - hmackey',
              '',
            ].join('\n'),
          },
        },
      }));
      volumes.push({
        name: 'hmac-sync',
        projected: {
          sources: [
            { configMap: { name: syncName, items: [{ key: 'kustomization.yaml', path: 'kustomization.yaml' }] } },
            { secret: { name: this.hmacKey.secret.name, items: [{ key: this.hmacKey.key, path: 'hmackey' }] } },
          ],
        },
      });
      initContainers.push({
        name: 'hmac-config',
        image: syncImage,
        command: ['kubectl'],
        args: ['apply', '-k', '/hmac-sync'],
        volumeMounts: [{ name: 'hmac-sync', mountPath: '/hmac-sync', readOnly: true }],
        resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '64Mi' } },
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: false, capabilities: { drop: ['ALL'] } },
      });
    }

    const labels = { ...EDGE_HEALTH_LABEL };
    new ManifestObject(this, 'DaemonSet', { apiVersion: 'apps/v1', kind: 'DaemonSet', name, namespace: ns }, () => ({
      labels,
      body: {
        spec: {
          selector: { matchLabels: labels },
          template: {
            metadata: { labels },
            spec: {
              serviceAccountName: name,
              hostNetwork: true,
              dnsPolicy: 'ClusterFirstWithHostNet',
              // Edge nodes only: edge-health skips masters anyway.
              affinity: {
                nodeAffinity: {
                  requiredDuringSchedulingIgnoredDuringExecution: {
                    nodeSelectorTerms: [{ matchExpressions: [{ key: 'node-role.kubernetes.io/master', operator: 'DoesNotExist' }] }],
                  },
                },
              },
              tolerations: [{ operator: 'Exists' }],
              initContainers: initContainers.length > 0 ? initContainers : undefined,
              containers: [{
                name: 'edge-health',
                image,
                imagePullPolicy: 'IfNotPresent',
                command: ['edge-health'],
                args: this.pluginList.map(p => p.arg),
                env: [
                  fieldEnv('POD_IP', 'status.podIP'),
                  fieldEnv('POD_NAME', 'metadata.name'),
                  fieldEnv('NODE_IP', 'status.hostIP'),
                  fieldEnv('NODE_NAME', 'spec.nodeName'),
                  fieldEnv('NAMESPACE', 'metadata.namespace'),
                ],
                ports: [{ name: 'health', containerPort: EDGE_HEALTH_PORT, protocol: 'TCP' }],
                resources: resources ? renderResources(resources) : { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '128Mi' } },
                // Port 51005 is unprivileged, the probes go over the network with the service
                // account's token and the votes through the API: no capability is needed.
                securityContext: {
                  allowPrivilegeEscalation: false,
                  privileged: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
              }],
              volumes: volumes.length > 0 ? volumes : undefined,
            },
          },
        },
      },
    }));
  }
}

function checkedPlugins(scope: Construct, plugins: unknown): EdgeHealthPlugin[] {
  const where = scope.node.path;
  if (plugins === undefined || plugins === null) return [EdgeHealthPlugin.kubeletAuth()];
  if (!Array.isArray(plugins) || plugins.length === 0 || plugins.some(p => !(p instanceof EdgeHealthPlugin))) {
    throw new Error(`[${where}] EdgeHealth: plugins must be a non-empty list of EdgeHealthPlugin (without a plugin every peer scores 0 and every node is voted unhealthy). Fix: pass plugins: [EdgeHealthPlugin.kubeletAuth()] or leave plugins out`);
  }
  const names = plugins.map(p => p.flagName);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length > 0) {
    throw new Error(`[${where}] EdgeHealth: plugin --${twice[0]} is given twice; edge-health keeps one setting per plugin. Fix: pass each plugin once`);
  }
  return [...plugins];
}
