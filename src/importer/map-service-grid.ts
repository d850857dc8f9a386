import { ImportContext } from './import-context';
import { Mapped } from './map-topology';
import { arr, call, Expr, lit, obj, objOrUndefined, ref } from './program';
import { list, num, rec, str, strMap } from './read-json';
import { KubeObject } from '../manifests';

const SERVICE_TYPES: { [v: string]: string } = { NodePort: 'NODE_PORT', LoadBalancer: 'LOAD_BALANCER', ExternalName: 'EXTERNAL_NAME' };
const PROTOCOL: { [v: string]: string } = { TCP: 'TCP', UDP: 'UDP', SCTP: 'SCTP' };

/** How a ServiceGrid's selector is said in the program. */
export type ServiceSelector =
  /** `selector: <grid variable>`: the labels of a DeploymentGrid of the files. */
  | { readonly grid: string }
  /** Nothing: the StatefulSetGrid that names this ServiceGrid selects its own pods. */
  | { readonly statefulSetGrid: string }
  /** `kplus.Pods.select(...)` with the labels as written. */
  | { readonly labels: { [k: string]: string } }
  | undefined;

/** `new ServiceGrid(...)`: the Service spec as ServiceGrid props. */
export function mapServiceGrid(o: KubeObject, variable: string, id: string, ctx: ImportContext, selector: ServiceSelector): Mapped {
  const spec = rec(o.spec) ?? {};
  const t = rec(spec.template) ?? {};
  const ports = list(t.ports).map(rec);
  const portsMap = ports.length > 0
    && ports.every(p => p && num(p.port) !== undefined && (p.targetPort === undefined || num(p.targetPort) !== undefined));
  let selectorExpr: Expr | undefined;
  if (selector && 'grid' in selector) {selectorExpr = ref(selector.grid);} else if (selector && 'labels' in selector) {
    selectorExpr = call('kplus.Pods.select', ref('cluster'), lit(ctx.names.id(`${o.metadata.name}-pods`, 'pods')), obj({ labels: lit(selector.labels) }));
  }
  const props = obj({
    name: id !== o.metadata.name ? lit(o.metadata.name) : undefined,
    nodeGroup: ctx.groupRef(str(spec.gridUniqKey)!),
    metadata: objOrUndefined({
      namespace: str(o.metadata.namespace) !== undefined ? lit(o.metadata.namespace) : undefined,
      labels: strMap(o.metadata.labels) ? lit(o.metadata.labels) : undefined,
      annotations: strMap(o.metadata.annotations) ? lit(o.metadata.annotations) : undefined,
    }),
    type: SERVICE_TYPES[str(t.type) ?? ''] ? { sym: `kplus.ServiceType.${SERVICE_TYPES[str(t.type)!]}` } : undefined,
    clusterIp: str(t.clusterIP) !== undefined ? lit(t.clusterIP) : undefined,
    selector: selectorExpr,
    ports: portsMap ? arr(ports.map(p => obj({
      name: str(p!.name) !== undefined ? lit(p!.name) : undefined,
      port: lit(p!.port),
      targetPort: p!.targetPort !== undefined && p!.targetPort !== p!.port ? lit(p!.targetPort) : undefined,
      protocol: PROTOCOL[str(p!.protocol) ?? ''] && p!.protocol !== 'TCP' ? { sym: `kplus.Protocol.${PROTOCOL[str(p!.protocol)!]}` } : undefined,
      nodePort: num(p!.nodePort) !== undefined ? lit(p!.nodePort) : undefined,
    }))) : undefined,
  });
  return { statements: [{ kind: 'new', name: variable, cls: 'ServiceGrid', args: [ref('cluster'), lit(id), props] }], id, variable };
}

/** The match labels of a ServiceGrid manifest's selector. */
export function serviceGridSelector(o: KubeObject): { [k: string]: string } | undefined {
  return strMap(rec(rec(o.spec)?.template)?.selector);
}
