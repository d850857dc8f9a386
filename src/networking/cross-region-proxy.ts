import * as kplus from 'cdk8s-plus-27';
import { addModelContribution } from '../model/contributions';
import { Platform } from '../topology/cluster-options';
import { EdgeCluster } from '../topology/edge-cluster';
import { addModelChecks } from '../validation/model-checks';
import { STRINGS, WORKLOAD } from '../validation/props/common-props';
import { checkProps, STRING, struct, workloadPath } from '../validation/props/prop-types';

/** The pod label TKE Edge's http-proxy webhook acts on. */
export const HTTP_PROXY_LABEL = 'http-proxy';
/**
 * The tunnel proxy open-source SuperEdge documents for cloud pods: tunnel-cloud's HTTP
 * CONNECT proxy (port 8080) in `edge-system`.
 */
export const DEFAULT_TUNNEL_PROXY_URL = 'http://tunnel-cloud.edge-system.svc.cluster.local:8080';
/**
 * Hosts that never go through the tunnel: loopback, the Kubernetes API server's
 * in-cluster names and the tunnel itself.
 */
export const DEFAULT_NO_PROXY = [
  'localhost', '127.0.0.1', '::1',
  'kubernetes', 'kubernetes.default', 'kubernetes.default.svc', 'kubernetes.default.svc.cluster.local',
  'tunnel-cloud.edge-system.svc', 'tunnel-cloud.edge-system.svc.cluster.local',
];

/**
 * Options of cross-region access.
 */
export interface CrossRegionAccessOptions {
  /**
   * Open-source SuperEdge: the proxy URL (`http_proxy` and `https_proxy`). The default
   * suits pods in the cloud; pods on edge nodes can use their node's tunnel-edge proxy.
   * @default DEFAULT_TUNNEL_PROXY_URL
   */
  readonly proxyUrl?: string;

  /**
   * Open-source SuperEdge: more hosts, domains (`.example.com`) or CIDRs that must not
   * go through the tunnel, e.g. Services in the cloud next to the workload. The
   * cluster's CIDRs are not added: Services and pods of other sites are reached through
   * the tunnel.
   * @default - only DEFAULT_NO_PROXY
   */
  readonly noProxy?: string[];
}

/**
 * Cross-region service access: a workload reaches pods and Services of other sites
 * over the cloud tunnel through an HTTP proxy. HTTP and HTTPS only (layer 7): other
 * protocols do not go through the proxy.
 */
export class CrossRegionAccess {
  /**
   * Enables cross-region access on a workload (a cdk8s-plus Deployment, StatefulSet,
   * Job, Pod, ... or a DeploymentGrid / StatefulSetGrid).
   *
   * - TKE Edge: labels the pods `http-proxy=enable`; the http-proxy-pod-webhook add-on
   *   injects the proxy env.
   * - Open-source SuperEdge (no such webhook): sets `http_proxy`, `https_proxy` and
   *   `no_proxy` (and their upper-case forms) on every container. Add the containers
   *   first: containers added later are reported (SE-X03).
   */
  public static enable(workload: kplus.AbstractPod, options: CrossRegionAccessOptions = {}): void {
    checkProps(workloadPath(workload, 'CrossRegionAccess.enable()'), 'CrossRegionAccess.enable()', { workload, options }, {
      workload: WORKLOAD,
      options: struct('CrossRegionAccessOptions ({ proxyUrl, noProxy })', { proxyUrl: STRING, noProxy: STRINGS }),
    }, ['workload']);
    const cluster = EdgeCluster.enclosing(workload);
    const proxyUrl = options.proxyUrl ?? DEFAULT_TUNNEL_PROXY_URL;
    const conflicts: string[] = [];
    const containers: kplus.Container[] = [];
    const noProxy = [...new Set([...DEFAULT_NO_PROXY, ...(options.noProxy ?? [])])].join(',');
    if (cluster.platform === Platform.TKE_EDGE) {
      workload.podMetadata.addLabel(HTTP_PROXY_LABEL, 'enable');
    } else {
      const env: { [name: string]: string } = {
        http_proxy: proxyUrl,
        https_proxy: proxyUrl,
        no_proxy: noProxy,
        HTTP_PROXY: proxyUrl,
        HTTPS_PROXY: proxyUrl,
        NO_PROXY: noProxy,
      };
      for (const c of workload.containers) {
        const existing = c.env.variables;
        for (const [name, value] of Object.entries(env)) {
          const had = existing[name];
          if (had && had.value !== value) conflicts.push(`${c.name ?? '(unnamed)'}: ${name}=${had.value ?? '(from a reference)'}`);
          else c.env.addVariable(name, kplus.EnvValue.fromValue(value));
        }
        containers.push(c);
      }
    }
    if (cluster.platform !== Platform.TKE_EDGE) {
      // TKE Edge's webhook injects the env itself: nothing to check there.
      addModelContribution(workload, builder => builder.addWorkload({
        id: workload.node.path,
        origin: workload.node.path,
        name: workload.node.id,
        containers: [],
        proxy: {
          proxyUrl,
          noProxy,
          conflicts: [...conflicts],
          lateContainers: workload.containers.filter(c => !containers.includes(c)).map(c => c.name ?? '(unnamed)'),
        },
      }));
    }
    addModelChecks(workload, cluster);
  }

  private constructor() {}
}
