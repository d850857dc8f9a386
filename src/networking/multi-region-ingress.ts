import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import type { ServiceGrid } from './service-grid';
import { fieldEnv } from '../internal/addon-util';
import { brand, servicePortFor } from '../internal/brands';
import { ManifestObject } from '../internal/manifest-object';
import type { ModelBuilder } from '../model/builder';
import { servesApiVersion } from '../superedge/api-versions';
import { GRID_WRAPPER_ADDRESS, NODE_UNIT_LABEL_VALUE } from '../superedge/labels';
import { Platform } from '../topology/cluster-options';
import { EdgeCluster } from '../topology/edge-cluster';
import { INodeUnit } from '../topology/node-unit';
import { addModelChecks } from '../validation/model-checks';
import { RESOURCES, SERVICE_GRID_REF, STRING_MAP, STRINGS, UNIT_REF } from '../validation/props/common-props';
import { checkProps, childPath, enumOf, listOf, NUMBER, objectOf, STRING, struct } from '../validation/props/prop-types';
import { addCrossClusterReferences } from '../validation/props/references';
import { renderResources } from '../workloads/kplus-adapter';

/**
 * The ingress-nginx controller image the library runs per unit on open-source SuperEdge.
 *
 * Pinned to controller v1.3.1 (Helm chart 4.2.5), the last release that reads
 * `v1 Endpoints`: controller v1.4.0 switched to `discovery.k8s.io/v1` EndpointSlices
 * (kubernetes/ingress-nginx#8890), and application-grid-wrapper's per-unit ingress
 * path filters only Endpoints. With a newer controller the backends would not be
 * limited to the unit. v1.3.1 supports Kubernetes 1.20 to 1.24 (TKE Edge runs 1.20
 * and 1.22; 1.18 lacks `networking.k8s.io/v1` Ingress).
 */
export const INGRESS_NGINX_IMAGE = 'registry.k8s.io/ingress-nginx/controller:v1.3.1@sha256:54f7fe2c6c5a9db9a0ebf1131797109bb7a4d91f56b9b362bde2abd237dd1974';

// Controller facts, defined in src/superedge and re-exported here for existing imports.
export { GRID_WRAPPER_ADDRESS };

/**
 * How an ingress path matches.
 */
export enum IngressPathType {
  /** Matches the path and everything below it, by `/`-separated elements. */
  PREFIX = 'Prefix',
  /** Matches the path exactly. */
  EXACT = 'Exact',
  /** Left to the controller (ingress-nginx: a regular-expression-capable prefix). */
  IMPLEMENTATION_SPECIFIC = 'ImplementationSpecific',
}

/**
 * One routing rule: host and path to a Service and port, in every unit.
 */
export interface MultiRegionIngressRule {
  /**
   * The host name (a DNS name; a leading `*.` wildcard is allowed).
   * @default - every host
   */
  readonly host?: string;

  /**
   * The path; starts with `/`.
   * @default '/'
   */
  readonly path?: string;

  /**
   * How the path matches.
   * @default IngressPathType.PREFIX
   */
  readonly pathType?: IngressPathType;

  /**
   * Route to this ServiceGrid's Service `<name>-svc`: each unit's controller then only
   * sees that unit's endpoints. Give this or `serviceName`.
   * @default - use `serviceName`
   */
  readonly serviceGrid?: ServiceGrid;

  /**
   * Route to a plain Service by name (in the Ingress's namespace). Give this or
   * `serviceGrid`.
   * @default - use `serviceGrid`
   */
  readonly serviceName?: string;

  /**
   * The Service port to route to. For a ServiceGrid, the target (container) port of
   * exactly one of its ports also works: it is translated to that Service port (so
   * `port: 8080` reaches a ServiceGrid with `{ port: 80, targetPort: 8080 }` on 80).
   */
  readonly port: number;
}

/**
 * TLS for some hosts, from a Secret of type `kubernetes.io/tls` (referenced by name).
 */
export interface MultiRegionIngressTls {
  /** The hosts the certificate covers. */
  readonly hosts: string[];
  /** The Secret holding `tls.crt` and `tls.key`, in the Ingress's namespace. */
  readonly secret: kplus.ISecret;
}

/**
 * Properties of a MultiRegionIngress.
 */
export interface MultiRegionIngressProps {
  /** The units that each get their own ingress entry point. */
  readonly nodeUnits: INodeUnit[];

  /**
   * The routing rules (the same in every unit).
   * @default - none; add them with `addRule`
   */
  readonly rules?: MultiRegionIngressRule[];

  /**
   * TLS settings.
   * @default - none (HTTP only)
   */
  readonly tls?: MultiRegionIngressTls[];

  /**
   * Base name: the Ingress and IngressClass of unit `u` are `<name>-<u>`, its controller
   * DaemonSet and ConfigMap `<name>-<u>-controller`.
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * Namespace of the Ingress objects: that of the Services they route to.
   * @default - the first ServiceGrid backend's namespace, else the chart's
   */
  readonly namespace?: string;

  /**
   * IngressClass name prefix: unit `u` uses the class `<prefix><u>`. On TKE Edge, set it
   * so that the names match the classes of the NginxIngress add-on instances.
   * @default - `<name>-`
   */
  readonly ingressClassPrefix?: string;

  /**
   * Open-source SuperEdge: namespace of the controllers, their ConfigMaps and RBAC.
   * @default 'kube-system'
   */
  readonly controllerNamespace?: string;

  /**
   * Open-source SuperEdge: run each unit's controller only on these nodes (names).
   * Every listed node must be in a target unit and every unit needs at least one.
   * @default - every node of each unit
   */
  readonly controllerNodes?: string[];

  /**
   * Open-source SuperEdge: the controller image. Must read `v1 Endpoints` (ingress-nginx
   * up to v1.3.x), or traffic is not kept in the unit.
   * @default INGRESS_NGINX_IMAGE (ingress-nginx v1.3.1)
   */
  readonly image?: string;

  /**
   * Open-source SuperEdge: requests and limits of each controller.
   * @default - requests 100m CPU and 90Mi memory, memory limit 512Mi
   */
  readonly resources?: kplus.ContainerResources;

  /**
   * Open-source SuperEdge: ingress-nginx settings (the controller's ConfigMap data).
   * @default - none
   */
  readonly nginxConfig?: { [key: string]: string };
}

/**
 * One ingress entry point per site whose traffic stays in that site.
 *
 * - Every unit gets its own IngressClass and an Ingress `<name>-<unit>` bound to it.
 * - On open-source SuperEdge the library also runs, per unit, an ingress-nginx
 *   controller as a hostNetwork DaemonSet on the unit's nodes (ports 80/443), reading
 *   the API through application-grid-wrapper's path `/superedge-ingress/<unit>`, which
 *   keeps only the unit's endpoints.
 * - On TKE Edge the NginxIngress add-on runs the controllers; only the Ingress objects
 *   are emitted.
 */
export class MultiRegionIngress extends Construct {
  /** Base name. */
  public readonly name: string;
  /** The cluster. */
  public readonly cluster: EdgeCluster;
  /** Namespace of the controllers (open-source SuperEdge). */
  public readonly controllerNamespace: string;
  /** The node subset the controllers run on, if given. */
  public readonly controllerNodes?: string[];
  /** The IngressClass name prefix. */
  public readonly ingressClassPrefix: string;
  /** Whether this construct emits controllers (open-source SuperEdge). */
  public readonly emitsControllers: boolean;
  /** Whether the cluster serves Ingress only as networking.k8s.io/v1beta1 (Kubernetes 1.18). */
  private readonly legacyIngressApi: boolean;
  private readonly units: INodeUnit[];
  private readonly ruleList: MultiRegionIngressRule[];
  private readonly tlsList: MultiRegionIngressTls[];
  /** What the value rules read (SE-I12, SE-M04). */
  private readonly nginxConfigKeys?: string[];
  private readonly controllerResources?: kplus.ContainerResources;
  /** Namespace of the Ingress objects, if set (given, or the first ServiceGrid backend's at construction). */
  public readonly namespace?: string;

  public constructor(scope: Construct, id: string, props: MultiRegionIngressProps) {
    checkProps(childPath(scope, id), 'MultiRegionIngress', props, INGRESS_PROPS, ['nodeUnits']);
    super(scope, id);
    brand(this, 'multiRegionIngress');
    this.cluster = EdgeCluster.enclosing(this);
    this.name = props.name ?? id;
    this.units = [...props.nodeUnits];
    this.ruleList = [...(props.rules ?? [])];
    this.tlsList = [...(props.tls ?? [])];
    this.namespace = props.namespace ?? this.ruleList.find(r => r.serviceGrid)?.serviceGrid?.namespace;
    this.controllerNamespace = props.controllerNamespace ?? 'kube-system';
    this.controllerNodes = props.controllerNodes ? [...props.controllerNodes].sort() : undefined;
    this.ingressClassPrefix = props.ingressClassPrefix ?? `${this.name}-`;
    this.emitsControllers = this.cluster.platform === Platform.SUPEREDGE;
    const minor = this.cluster.kubernetesVersion?.minor;
    this.legacyIngressApi = minor !== undefined && servesApiVersion(minor, 'Ingress', 'networking.k8s.io/v1') === false;

    if (this.emitsControllers) this.addControllerRbac();
    // A unit listed twice (or two units of one name) is one error (SE-I11), not duplicate objects.
    for (const u of this.distinctUnits()) {
      const scopeForUnit = new Construct(this, `Unit-${u.unitName}`);
      new ManifestObject(scopeForUnit, 'Ingress', {
        apiVersion: this.ingressApiVersion, kind: 'Ingress', name: this.ingressName(u), namespace: this.namespace,
      }, () => ({ body: { spec: this.renderIngressSpec(u) } }));
      if (this.emitsControllers) this.addController(scopeForUnit, u, props);
    }
    this.nginxConfigKeys = props.nginxConfig ? Object.keys(props.nginxConfig) : undefined;
    this.controllerResources = props.resources;
    addModelChecks(this, this.cluster);
  }

  /**
   * Adds this ingress to the topology model, with the names derived for each unit.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    builder.addIngress({
      id: this.node.path,
      origin: this.node.path,
      name: this.name,
      namespace: this.namespace,
      // A unit listed twice is SE-I11 (a construct check), once here: not also two controllers on its nodes (SE-I03).
      units: this.distinctUnits().map(u => ({
        id: u.node.path,
        name: u.unitName,
        ingressName: this.ingressName(u),
        ingressClassName: this.ingressClassName(u),
        controllerName: this.controllerName(u),
        controllerNodes: this.controllerNodesOf(u),
      })),
      rules: this.ruleList.map(r => ({
        host: r.host,
        path: r.path,
        pathType: r.pathType,
        port: r.port,
        serviceGridId: r.serviceGrid?.node.path,
        serviceName: r.serviceName,
      })),
      emitsControllers: this.emitsControllers,
      controllerNodes: this.controllerNodes ? [...this.controllerNodes] : undefined,
      listedUnitNames: this.units.map(u => u.unitName),
      controllerNamespace: this.controllerNamespace,
      nginxConfigKeys: this.nginxConfigKeys,
      controllerResources: this.controllerResources ? renderResources(this.controllerResources) : undefined,
    });
    addCrossClusterReferences(builder, this, `MultiRegionIngress "${this.name}"`, [
      ...this.units.map(u => ({ prop: 'nodeUnits', kind: 'NodeUnit', name: u.unitName, target: u })),
      ...this.ruleList.filter(r => r.serviceGrid).map(r => ({ prop: 'rules', kind: 'ServiceGrid', name: r.serviceGrid!.gridName, target: r.serviceGrid })),
    ]);
  }

  /** Adds a routing rule (to every unit). */
  public addRule(rule: MultiRegionIngressRule): void {
    checkProps(this.node.path, 'MultiRegionIngress.addRule()', { rule }, { rule: INGRESS_RULE }, ['rule']);
    this.ruleList.push(rule);
  }

  /** The target units, in declaration order. */
  public get nodeUnits(): INodeUnit[] {
    return [...this.units];
  }

  /** The routing rules. */
  public get rules(): MultiRegionIngressRule[] {
    return [...this.ruleList];
  }

  /** The TLS settings. */
  public get tls(): MultiRegionIngressTls[] {
    return [...this.tlsList];
  }

  /** The Ingress name of a unit: `<name>-<unit>`. */
  public ingressName(unit: INodeUnit): string {
    return `${this.name}-${unit.unitName}`;
  }

  /** The IngressClass name of a unit: `<ingressClassPrefix><unit>`. */
  public ingressClassName(unit: INodeUnit): string {
    return `${this.ingressClassPrefix}${unit.unitName}`;
  }

  /** The controller DaemonSet (and ConfigMap) name of a unit: `<name>-<unit>-controller`. */
  public controllerName(unit: INodeUnit): string {
    return `${this.name}-${unit.unitName}-controller`;
  }

  /** The `spec.controller` of a unit's IngressClass (open-source SuperEdge). */
  public controllerClass(unit: INodeUnit): string {
    return `superedge.io/${this.name}-${unit.unitName}`;
  }

  private renderIngressSpec(unit: INodeUnit): any {
    const byHost = new Map<string, any[]>();
    for (const r of this.ruleList) {
      const key = r.host ?? '';
      const paths = byHost.get(key) ?? [];
      paths.push({
        path: r.path ?? '/',
        pathType: r.pathType ?? IngressPathType.PREFIX,
        backend: this.backendOf(r.serviceGrid ? r.serviceGrid.serviceName : r.serviceName!, backendPort(r)),
      });
      byHost.set(key, paths);
    }
    const rules = [...byHost.keys()].sort().map(host => ({
      host: host === '' ? undefined : host,
      http: { paths: byHost.get(host)!.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) },
    }));
    return {
      ingressClassName: this.ingressClassName(unit),
      rules: rules.length > 0 ? rules : undefined,
      tls: this.tlsList.length > 0 ? this.tlsList.map(t => ({ hosts: [...t.hosts].sort(), secretName: t.secret.name })) : undefined,
    };
  }

  /** The target units, the first of each name. */
  private distinctUnits(): INodeUnit[] {
    return this.units.filter((u, i) => this.units.findIndex(x => x.unitName === u.unitName) === i);
  }

  /**
   * The Ingress and IngressClass API version the cluster serves: networking.k8s.io/v1
   * from Kubernetes 1.19, v1beta1 on 1.18 (src/superedge/api-versions.ts).
   */
  private get ingressApiVersion(): string {
    return this.legacyIngressApi ? 'networking.k8s.io/v1beta1' : 'networking.k8s.io/v1';
  }

  /** A backend in the shape of the Ingress API version written. */
  private backendOf(serviceName: string, port: number): any {
    return this.legacyIngressApi ? { serviceName, servicePort: port } : { service: { name: serviceName, port: { number: port } } };
  }

  private rbacName(): string {
    return `${this.name}-ingress-nginx`;
  }

  private addControllerRbac(): void {
    const ns = this.controllerNamespace;
    const name = this.rbacName();
    const rbac = 'rbac.authorization.k8s.io/v1';
    new ManifestObject(this, 'ServiceAccount', { apiVersion: 'v1', kind: 'ServiceAccount', name, namespace: ns }, () => ({ body: {} }));
    // What ingress-nginx v1.3 reads cluster-wide; no EndpointSlices (it reads Endpoints).
    new ManifestObject(this, 'ClusterRole', { apiVersion: rbac, kind: 'ClusterRole', name, clusterScoped: true }, () => ({
      body: {
        rules: [
          { apiGroups: [''], resources: ['configmaps', 'endpoints', 'namespaces', 'nodes', 'pods', 'secrets'], verbs: ['list', 'watch'] },
          { apiGroups: [''], resources: ['nodes'], verbs: ['get'] },
          { apiGroups: [''], resources: ['services'], verbs: ['get', 'list', 'watch'] },
          { apiGroups: ['networking.k8s.io'], resources: ['ingresses', 'ingressclasses'], verbs: ['get', 'list', 'watch'] },
          { apiGroups: ['networking.k8s.io'], resources: ['ingresses/status'], verbs: ['update'] },
          { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
        ],
      },
    }));
    new ManifestObject(this, 'ClusterRoleBinding', { apiVersion: rbac, kind: 'ClusterRoleBinding', name, clusterScoped: true }, () => ({
      body: {
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
        subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
      },
    }));
    // Leader election per unit (ConfigMap + Lease named by --election-id), in the controllers' namespace.
    new ManifestObject(this, 'Role', { apiVersion: rbac, kind: 'Role', name, namespace: ns }, () => {
      const elections = this.distinctUnits().map(u => this.electionId(u)).sort();
      return {
        body: {
          rules: [
            { apiGroups: [''], resources: ['namespaces'], verbs: ['get'] },
            { apiGroups: [''], resources: ['configmaps', 'endpoints', 'pods', 'secrets'], verbs: ['get', 'list', 'watch'] },
            { apiGroups: [''], resources: ['configmaps'], resourceNames: elections, verbs: ['get', 'update'] },
            { apiGroups: [''], resources: ['configmaps'], verbs: ['create'] },
            { apiGroups: ['coordination.k8s.io'], resources: ['leases'], resourceNames: elections, verbs: ['get', 'update'] },
            { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['create'] },
            { apiGroups: [''], resources: ['events'], verbs: ['create', 'patch'] },
          ],
        },
      };
    });
    new ManifestObject(this, 'RoleBinding', { apiVersion: rbac, kind: 'RoleBinding', name, namespace: ns }, () => ({
      body: {
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: [{ kind: 'ServiceAccount', name, namespace: ns }],
      },
    }));
  }

  private electionId(unit: INodeUnit): string {
    return `${this.name}-${unit.unitName}-leader`;
  }

  /** The nodes a unit's controller runs on when `controllerNodes` is given. */
  public controllerNodesOf(unit: INodeUnit): string[] | undefined {
    if (!this.controllerNodes) return undefined;
    const members = new Set(unit.knownNodeNames ?? []);
    return this.controllerNodes.filter(n => members.has(n));
  }

  private addController(scope: Construct, unit: INodeUnit, props: MultiRegionIngressProps): void {
    const ns = this.controllerNamespace;
    const name = this.controllerName(unit);
    const instance = `${this.name}-${unit.unitName}`;
    const labels = {
      'app.kubernetes.io/component': 'controller',
      'app.kubernetes.io/instance': instance,
      'app.kubernetes.io/name': 'ingress-nginx',
    };
    new ManifestObject(scope, 'IngressClass', {
      apiVersion: this.ingressApiVersion, kind: 'IngressClass', name: this.ingressClassName(unit), clusterScoped: true,
    }, () => ({ labels, body: { spec: { controller: this.controllerClass(unit) } } }));
    new ManifestObject(scope, 'ConfigMap', { apiVersion: 'v1', kind: 'ConfigMap', name, namespace: ns }, () => ({
      labels,
      body: { data: { ...(props.nginxConfig ?? {}) } },
    }));
    new ManifestObject(scope, 'DaemonSet', { apiVersion: 'apps/v1', kind: 'DaemonSet', name, namespace: ns }, () => {
      const subset = this.controllerNodesOf(unit);
      return {
        labels,
        body: {
          spec: {
            selector: { matchLabels: { 'app.kubernetes.io/instance': instance, 'app.kubernetes.io/name': 'ingress-nginx' } },
            template: {
              metadata: { labels },
              spec: {
                serviceAccountName: this.rbacName(),
                // The wrapper listens on the node's localhost only.
                hostNetwork: true,
                dnsPolicy: 'ClusterFirstWithHostNet',
                terminationGracePeriodSeconds: 300,
                nodeSelector: { [unit.unitName]: NODE_UNIT_LABEL_VALUE },
                affinity: subset ? {
                  nodeAffinity: {
                    requiredDuringSchedulingIgnoredDuringExecution: {
                      nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: subset }] }],
                    },
                  },
                } : undefined,
                containers: [{
                  name: 'controller',
                  image: props.image ?? INGRESS_NGINX_IMAGE,
                  args: [
                    '/nginx-ingress-controller',
                    `--apiserver-host=${GRID_WRAPPER_ADDRESS}/superedge-ingress/${unit.unitName}`,
                    `--controller-class=${this.controllerClass(unit)}`,
                    `--ingress-class=${this.ingressClassName(unit)}`,
                    `--configmap=$(POD_NAMESPACE)/${name}`,
                    `--election-id=${this.electionId(unit)}`,
                    '--watch-ingress-without-class=false',
                    '--http-port=80',
                    '--https-port=443',
                  ],
                  env: [fieldEnv('POD_NAME', 'metadata.name'), fieldEnv('POD_NAMESPACE', 'metadata.namespace')],
                  ports: [
                    { name: 'http', containerPort: 80, hostPort: 80, protocol: 'TCP' },
                    { name: 'https', containerPort: 443, hostPort: 443, protocol: 'TCP' },
                  ],
                  livenessProbe: { httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 5 },
                  readinessProbe: { httpGet: { path: '/healthz', port: 10254, scheme: 'HTTP' }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3 },
                  lifecycle: { preStop: { exec: { command: ['/wait-shutdown'] } } },
                  resources: props.resources ? renderResources(props.resources) : { requests: { cpu: '100m', memory: '90Mi' }, limits: { memory: '512Mi' } },
                  // The image runs nginx as user 101 and binds 80/443 with NET_BIND_SERVICE.
                  securityContext: {
                    runAsUser: 101,
                    allowPrivilegeEscalation: true,
                    capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] },
                  },
                }],
              },
            },
          },
        },
      };
    });
  }
}

/** The types of a rule, for callers TypeScript does not check. */
const INGRESS_RULE = struct('a MultiRegionIngressRule ({ host, path, pathType, serviceGrid or serviceName, port })', {
  host: STRING,
  path: STRING,
  pathType: enumOf('IngressPathType', IngressPathType),
  serviceGrid: SERVICE_GRID_REF,
  serviceName: STRING,
  port: NUMBER,
}, ['port']);

/** The types of the props, for callers TypeScript does not check. */
const INGRESS_PROPS = {
  nodeUnits: listOf(UNIT_REF),
  rules: listOf(INGRESS_RULE),
  tls: listOf(struct('a MultiRegionIngressTls ({ hosts, secret })', {
    hosts: STRINGS,
    secret: objectOf('an ISecret (e.g. kplus.Secret.fromSecretName(scope, id, name))', v => typeof v.name === 'string'),
  }, ['hosts', 'secret'])),
  name: STRING,
  namespace: STRING,
  ingressClassPrefix: STRING,
  controllerNamespace: STRING,
  controllerNodes: STRINGS,
  image: STRING,
  resources: RESOURCES,
  nginxConfig: STRING_MAP,
};

/** The Service port a rule routes to (a ServiceGrid's target port is translated). */
function backendPort(r: MultiRegionIngressRule): number {
  return r.serviceGrid ? servicePortFor(r.serviceGrid, r.port) ?? r.port : r.port;
}
