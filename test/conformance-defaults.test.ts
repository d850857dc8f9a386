import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, NodeGroup, NodeUnit, ServiceGrid } from '../src';
import { cluster, findingsOf, synth } from './support/synth';

const unprivileged = 'nginxinc/nginx-unprivileged:1.25';

function group(c: ReturnType<typeof cluster>) {
  const u = new NodeUnit(c, 'bj', { nodes: ['bj-1'] });
  return new NodeGroup(c, 'location', { nodeUnits: [u] });
}

describe('grid containers pull IfNotPresent by default', () => {
  test('a grid container without imagePullPolicy gets IfNotPresent; one that sets it keeps it', () => {
    const c = cluster();
    const g = group(c);
    new DeploymentGrid(c, 'web', { nodeGroup: g, containers: [{ image: unprivileged, portNumber: 8080 }] });
    new DeploymentGrid(c, 'api', { nodeGroup: g, containers: [{ image: unprivileged, portNumber: 8080, imagePullPolicy: kplus.ImagePullPolicy.ALWAYS }] });
    const objects = synth(c);
    const policy = (name: string) => objects.find(o => o.kind === 'DeploymentGrid' && o.metadata.name === name).spec.template.template.spec.containers[0].imagePullPolicy;
    expect(policy('web')).toBe('IfNotPresent');
    expect(policy('api')).toBe('Always');
  });
});

describe('SE-V04: root-only images under runAsNonRoot', () => {
  test('nginx:1.25 in a grid with cdk8s-plus defaults is a warning; the unprivileged image and a given user are not', () => {
    const c = cluster();
    const g = group(c);
    new DeploymentGrid(c, 'web', { nodeGroup: g, containers: [{ image: 'nginx:1.25', portNumber: 80 }] });
    new DeploymentGrid(c, 'ok', { nodeGroup: g, containers: [{ image: unprivileged, portNumber: 8080 }] });
    new DeploymentGrid(c, 'db', { nodeGroup: g, containers: [{ image: 'docker.io/library/postgres:16', portNumber: 5432, securityContext: { user: 999, group: 999 } }] });
    const lines = findingsOf(c, 'SE-V04');
    expect(lines).toEqual([expect.stringMatching(/^\[edge\/web\] warning SE-V04: DeploymentGrid "web": container "main" runs image nginx:1\.25, which starts as root, with runAsNonRoot and no runAsUser; the kubelet will refuse to start it\. Fix: /)]);
  });

  test('a cdk8s-plus Deployment of postgres:16 is a warning at its path', () => {
    const c = cluster();
    new kplus.Deployment(c, 'db', { containers: [{ image: 'postgres:16', portNumber: 5432 }] });
    expect(findingsOf(c, 'SE-V04')).toEqual([expect.stringContaining('[edge/db] warning SE-V04: Deployment "edge-db"')]);
  });
});

describe('Namespaces the cluster\'s objects use are written', () => {
  test('a grid and a ServiceGrid in "shop" give one Namespace "shop"; kube-system is never written', () => {
    const c = cluster();
    const g = group(c);
    const web = new DeploymentGrid(c, 'web', { nodeGroup: g, metadata: { namespace: 'shop' }, containers: [{ image: unprivileged, portNumber: 8080 }] });
    new ServiceGrid(c, 'web-svc', { nodeGroup: g, selector: web, metadata: { namespace: 'shop' }, ports: [{ port: 80, targetPort: 8080 }] });
    new kplus.ConfigMap(c, 'sys', { metadata: { namespace: 'kube-system' } });
    const objects = synth(c);
    const namespaces = objects.filter(o => o.kind === 'Namespace');
    expect(namespaces).toEqual([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }]);
    expect(objects[0].kind).toBe('Namespace'); // first, so kubectl apply of the file creates it before its objects
  });

  test('a Namespace the user declares is not written twice; createNamespaces: false writes none', () => {
    const c = cluster();
    new kplus.Namespace(c, 'ns', { metadata: { name: 'shop' } });
    new kplus.ConfigMap(c, 'cfg', { metadata: { namespace: 'shop' } });
    expect(synth(c).filter(o => o.kind === 'Namespace').map(o => o.metadata.name)).toEqual(['shop']);
    const off = cluster({ createNamespaces: false });
    new kplus.ConfigMap(off, 'cfg', { metadata: { namespace: 'shop' } });
    expect(synth(off).filter(o => o.kind === 'Namespace')).toEqual([]);
  });
});
