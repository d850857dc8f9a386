import * as kplus from 'cdk8s-plus-27';
import { CrossRegionAccess, DEFAULT_NO_PROXY, DEFAULT_TUNNEL_PROXY_URL, DeploymentGrid, NodeGroup, NodeUnit, Platform } from '../src';
import { schemaProblems } from './support/schema';
import { cluster, find, findingsOf, synth } from './support/synth';

function envOf(container: any): { [name: string]: string } {
  return Object.fromEntries((container.env ?? []).map((e: any) => [e.name, e.value]));
}

describe('cross-region access on open-source SuperEdge', () => {
  test('a Deployment gets explicit proxy env to the tunnel, with no_proxy for in-cluster names', () => {
    const c = cluster();
    const dep = new kplus.Deployment(c, 'web', { containers: [{ image: 'nginx:1.25', name: 'web', portNumber: 8080 }] });
    CrossRegionAccess.enable(dep, { noProxy: ['.cloud.internal'] });
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    const env = envOf(find(objects, 'Deployment', 'edge-web').spec.template.spec.containers[0]);
    const noProxy = [...DEFAULT_NO_PROXY, '.cloud.internal'].join(',');
    expect(env).toEqual({
      http_proxy: 'http://tunnel-cloud.edge-system.svc.cluster.local:8080',
      https_proxy: 'http://tunnel-cloud.edge-system.svc.cluster.local:8080',
      no_proxy: noProxy,
      HTTP_PROXY: DEFAULT_TUNNEL_PROXY_URL,
      HTTPS_PROXY: DEFAULT_TUNNEL_PROXY_URL,
      NO_PROXY: noProxy,
    });
    expect(noProxy).toContain('kubernetes.default.svc');
    expect(findingsOf(c, 'SE-X03')).toEqual([]);
  });

  test('works on a DeploymentGrid (a cdk8s-plus Workload)', () => {
    const c = cluster();
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    const location = new NodeGroup(c, 'location', { nodeUnits: [bj] });
    const grid = new DeploymentGrid(c, 'nginx', { nodeGroup: location, replicas: 1, containers: [{ image: 'nginx:1.25', portNumber: 8080 }] });
    CrossRegionAccess.enable(grid);
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    const dg = find(objects, 'DeploymentGrid', 'nginx');
    expect(envOf(dg.spec.template.template.spec.containers[0]).http_proxy).toBe(DEFAULT_TUNNEL_PROXY_URL);
  });

  test('SE-X02: existing proxy env with another value is not overridden', () => {
    const c = cluster();
    const dep = new kplus.Deployment(c, 'web', {
      containers: [{ image: 'nginx:1.25', name: 'web', envVariables: { http_proxy: kplus.EnvValue.fromValue('http://corp:3128') } }],
    });
    CrossRegionAccess.enable(dep);
    expect(findingsOf(c, 'SE-X02')).toEqual([
      '[edge/web] SE-X02: "web" already sets proxy env to other values (web: http_proxy=http://corp:3128); cross-region access would override them. Fix: remove those env variables, or do not enable cross-region access on this workload',
    ]);
  });

  test('SE-X03: containers added after enable() are reported', () => {
    const c = cluster();
    const dep = new kplus.Deployment(c, 'web', { containers: [{ image: 'nginx:1.25', name: 'web' }] });
    CrossRegionAccess.enable(dep);
    dep.addContainer({ image: 'busybox:1.36', name: 'sidecar' });
    expect(findingsOf(c, 'SE-X03')[0]).toContain('SE-X03: containers sidecar of "web" were added after CrossRegionAccess.enable() and have no proxy env');
  });

  test('SE-X04: the proxy URL must be http(s)://host[:port]', () => {
    const c = cluster();
    const dep = new kplus.Deployment(c, 'web', { containers: [{ image: 'nginx:1.25', name: 'web' }] });
    CrossRegionAccess.enable(dep, { proxyUrl: 'socks5://tunnel:1080' });
    expect(findingsOf(c, 'SE-X04')[0]).toContain('SE-X04: cross-region proxy URL "socks5://tunnel:1080" of "web" is not an http(s)://host[:port] URL');
  });
});

describe('cross-region access on TKE Edge', () => {
  test('the pods are labelled http-proxy=enable and no env is set', () => {
    const c = cluster({ platform: Platform.TKE_EDGE });
    const dep = new kplus.Deployment(c, 'web', { containers: [{ image: 'nginx:1.25', name: 'web' }] });
    CrossRegionAccess.enable(dep);
    const d = synth(c).find(o => o.kind === 'Deployment');
    expect(d.spec.template.metadata.labels['http-proxy']).toBe('enable');
    expect(d.spec.template.spec.containers[0].env).toBeUndefined();
    expect(schemaProblems([d])).toEqual([]);
  });
});
