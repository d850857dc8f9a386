import { ApiObjectMetadata } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { isGridWorkload } from '../internal/brands';
import { ManifestObject, renderedOrUndefined } from '../internal/manifest-object';
import type { ModelBuilder } from '../model/builder';
import { serviceGridFromObject } from '../model/grids';
import { SERVICE_GRID_SUFFIX, serviceGridServiceName } from '../superedge/names';
import { EdgeCluster } from '../topology/edge-cluster';
import { INodeGroup } from '../topology/node-group';
import { addModelChecks } from '../validation/model-checks';
import { GROUP_REF, METADATA, SERVICE_PORT } from '../validation/props/common-props';
import { checkProps, childPath, enumOf, listOf, objectOf, STRING } from '../validation/props/prop-types';
import { addCrossClusterReferences } from '../validation/props/references';
import { selectorOf } from '../workloads/kplus-adapter';

function pathOf(x: kplus.IPodSelector): string {
  return (x as any).node?.path ?? '';
}

// Controller facts, defined in src/superedge and re-exported here for existing imports.
export { SERVICE_GRID_SUFFIX };

/**
 * Properties of a ServiceGrid.
 */
export interface ServiceGridProps {
  /**
   * The ServiceGrid's name. The controller creates the Service `<name>-svc`, so the
   * name must be a DNS-1035 label of at most 53 characters (the EndpointSlice mode of
   * application-grid-wrapper needs `<name>-svc` within 57).
   * @default - the construct id
   */
  readonly name?: string;

  /**
   * The NodeGroup whose units scope the traffic: the grid key (`gridUniqKey`). A caller
   * reaches only the endpoints on nodes of its own unit of this group.
   */
  readonly nodeGroup: INodeGroup;

  /**
   * The pods the Service sends traffic to, e.g. a DeploymentGrid. Only label
   * selectors are possible (Services have no match expressions).
   * @default - none; a StatefulSetGrid that names this ServiceGrid as its
   * `serviceGrid` selects its own pods
   */
  readonly selector?: kplus.IPodSelector;

  /**
   * The ports of the Service. With more than one port every port needs a name.
   * @default - none (an error unless ports are added with `addPort`)
   */
  readonly ports?: kplus.ServicePort[];

  /**
   * The Service type.
   * @default kplus.ServiceType.CLUSTER_IP
   */
  readonly type?: kplus.ServiceType;

  /**
   * A fixed cluster IP. `None` (headless) only for the ServiceGrid of a StatefulSetGrid
   * (SE-S04), whose per-site pod names statefulset-grid-daemon publishes on the edge
   * nodes (SE-S10 warns on open-source SuperEdge that it must run there).
   * @default - allocated by the API server
   */
  readonly clusterIp?: string;

  /**
   * Labels, annotations and namespace of the ServiceGrid (the controller copies labels
   * and annotations to the Service). The name is taken from `name`.
   * @default - the chart's namespace, no labels or annotations
   */
  readonly metadata?: ApiObjectMetadata;
}

/**
 * A Service whose traffic stays inside the caller's site: a SuperEdge ServiceGrid
 * (`superedge.io/v1`). The application-grid-controller turns it into one Service
 * named `<name>-svc` with the annotation `topologyKeys: ["<group>"]`; the
 * application-grid-wrapper on every edge node then only keeps endpoints on nodes of
 * the caller's own unit.
 */
export class ServiceGrid extends Construct {
  /** The ServiceGrid's name. */
  public readonly gridName: string;
  /** The name of the Service the controller creates: `<name>-svc`. */
  public readonly serviceName: string;
  /** The NodeGroup whose name is the grid key. */
  public readonly nodeGroup: INodeGroup;
  /** The Service type. */
  public readonly serviceType: kplus.ServiceType;
  /** The fixed cluster IP, if any. */
  public readonly clusterIp?: string;
  /** The cluster this grid belongs to. */
  public readonly cluster: EdgeCluster;
  private readonly _ports: kplus.ServicePort[];
  private _selector?: kplus.IPodSelector;
  /** StatefulSetGrids that name this grid while it has no selector of its own. */
  private readonly claimants: kplus.IPodSelector[] = [];
  private readonly resource: ManifestObject;

  public constructor(scope: Construct, id: string, props: ServiceGridProps) {
    checkProps(childPath(scope, id), 'ServiceGrid', props, {
      name: STRING,
      nodeGroup: GROUP_REF,
      selector: objectOf('an IPodSelector (e.g. a DeploymentGrid)', v => typeof v.toPodSelectorConfig === 'function'),
      ports: listOf(SERVICE_PORT),
      type: enumOf('kplus.ServiceType', kplus.ServiceType as any),
      clusterIp: STRING,
      metadata: METADATA,
    }, ['nodeGroup']);
    super(scope, id);
    this.cluster = EdgeCluster.enclosing(this);
    this.gridName = props.name ?? id;
    this.serviceName = serviceGridServiceName(this.gridName);
    this.nodeGroup = props.nodeGroup;
    this.serviceType = props.type ?? kplus.ServiceType.CLUSTER_IP;
    this.clusterIp = props.clusterIp;
    this._ports = [...(props.ports ?? [])];
    this._selector = props.selector;

    this.resource = new ManifestObject(this, 'Resource', {
      apiVersion: 'superedge.io/v1',
      kind: 'ServiceGrid',
      name: this.gridName,
      namespace: props.metadata?.namespace,
    }, () => ({
      body: { spec: { gridUniqKey: this.nodeGroup.groupName, template: this._renderTemplate() } },
    }));
    for (const [k, v] of Object.entries(props.metadata?.labels ?? {})) this.resource.metadata.addLabel(k, v);
    for (const [k, v] of Object.entries(props.metadata?.annotations ?? {})) this.resource.metadata.addAnnotation(k, v);
    addModelChecks(this, this.cluster);
  }

  /** The ports, in declaration order. */
  public get ports(): kplus.ServicePort[] {
    return [...this._ports];
  }

  /** The namespace of the ServiceGrid (and of its Service), if any. */
  public get namespace(): string | undefined {
    return this.resource.metadata.namespace;
  }

  /** The pods the Service selects, if set. */
  public get selector(): kplus.IPodSelector | undefined {
    return this._selector;
  }

  /** Adds a port. */
  public addPort(port: kplus.ServicePort): void {
    checkProps(this.node.path, 'ServiceGrid.addPort()', { port }, { port: SERVICE_PORT }, ['port']);
    this._ports.push(port);
  }

  /**
   * Selects pods when no selector is set yet (a StatefulSetGrid naming this grid).
   * @internal
   */
  public _selectIfUnset(selector: kplus.IPodSelector): void {
    if (this._selector && !this.claimants.includes(this._selector)) return; // the user's own selector
    // Several StatefulSetGrids naming this grid are refused (SE-W15); the pick does not
    // depend on declaration order.
    this.claimants.push(selector);
    this._selector = [...this.claimants].sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0))[0];
  }

  /**
   * The ServiceGrid object as it is synthesized (labels and annotations included).
   * @internal
   */
  public _manifest(): any {
    return this.resource.toJson();
  }

  /**
   * Adds this ServiceGrid to the topology model, from its object as synthesized.
   * @internal
   */
  public _contributeToModel(builder: ModelBuilder): void {
    const manifest = renderedOrUndefined(() => this._manifest());
    if (!manifest) return;
    const expressions = this._selector ? selectorOf(this._selector).matchExpressions : [];
    const target: any = this._selector;
    builder.addServiceGrid({
      ...serviceGridFromObject(this.node.path, manifest),
      selectorExpressions: expressions.length > 0 ? expressions.map((e: any) => ({ key: e.key, operator: e.operator, values: e.values })) : undefined,
      selectsGridId: isGridWorkload(target) ? target.node.path : undefined,
      // As declared: a target port left out is the port, and not a second problem of it (SE-S11).
      ports: this._ports.map(p => ({ port: p.port, targetPort: p.targetPort, nodePort: p.nodePort, protocol: p.protocol ?? kplus.Protocol.TCP })),
      // A selector taken from the StatefulSetGrid naming it is not its own (SE-W15); else the template shows it.
      ownSelector: this._selector !== undefined && this.claimants.includes(this._selector) ? false : undefined,
    });
    addCrossClusterReferences(builder, this, `ServiceGrid "${this.gridName}"`, [
      { prop: 'nodeGroup', kind: 'NodeGroup', name: this.nodeGroup.groupName, target: this.nodeGroup },
      { prop: 'selector', kind: 'grid', name: target?.gridName ?? target?.node?.id ?? '', target },
    ]);
  }

  /**
   * `spec.template`: the ServiceSpec the controller copies verbatim into the Service.
   * @internal
   */
  public _renderTemplate(): any {
    const selector = this._selector ? selectorOf(this._selector).matchLabels : undefined;
    return kplus.k8s.toJson_ServiceSpec({
      type: this.serviceType,
      clusterIp: this.clusterIp,
      selector: selector && Object.keys(selector).length > 0 ? selector : undefined,
      ports: this._ports.length > 0 ? this._ports.map(p => ({
        name: p.name,
        port: p.port,
        // Written out (the CRD would default it) so that GitOps diffs stay empty.
        protocol: p.protocol ?? kplus.Protocol.TCP,
        targetPort: kplus.k8s.IntOrString.fromNumber(p.targetPort ?? p.port),
        nodePort: p.nodePort,
      })) : undefined,
    });
  }
}
