import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, EdgeCluster, Findings, NodeGroup, NodeUnit, Platform, ServiceGrid, StatefulSetGrid } from '../src';
import { schemaProblems } from './support/schema';
import { cluster, find, findingsOf, synth } from './support/synth';
import { ServiceGrid as ServiceGridFromFile } from '../src/networking/service-grid';
import { RULES } from '../src/validation/rules';

function seed(c: EdgeCluster) {
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1', 'bj-2'] });
  const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
  return new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
}

describe('ServiceGrid', () => {
  test('public shape: gridName, serviceName, nodeGroup, ports (importable from its own file)', () => {
    const c = cluster();
    const location = seed(c);
    const sg = new ServiceGridFromFile(c, 'nginx-service', { name: 'nginx', nodeGroup: location, ports: [{ port: 80, targetPort: 8080 }] });
    expect(sg).toBeInstanceOf(ServiceGrid);
    expect(sg.gridName).toBe('nginx');
    expect(sg.serviceName).toBe('nginx-svc');
    expect(sg.nodeGroup).toBe(location);
    expect(sg.ports).toEqual([{ port: 80, targetPort: 8080 }]);
  });

  test('selects a DeploymentGrid by its stable label; protocol and targetPort are written out', () => {
    const c = cluster();
    const location = seed(c);
    const nginx = new DeploymentGrid(c, 'nginx', { nodeGroup: location, containers: [{ image: 'nginx:1.25', portNumber: 8080 }] });
    new ServiceGrid(c, 'nginx-service', { name: 'nginx', nodeGroup: location, selector: nginx, ports: [{ port: 80, targetPort: 8080 }] });
    const objects = synth(c);
    expect(schemaProblems(objects)).toEqual([]);
    const sg = find(objects, 'ServiceGrid', 'nginx');
    expect(sg.apiVersion).toBe('superedge.io/v1');
    expect(sg.spec).toEqual({
      gridUniqKey: 'location',
      template: {
        type: 'ClusterIP',
        selector: { 'cdk8s-superedge.io/deployment-grid': 'nginx' },
        ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
      },
    });
  });

  test('a StatefulSetGrid selects its pods through a ServiceGrid without selector', () => {
    const c = cluster();
    const location = seed(c);
    const db = new ServiceGrid(c, 'db-service', { name: 'db', nodeGroup: location, ports: [{ port: 5432 }] });
    new StatefulSetGrid(c, 'db', { nodeGroup: location, serviceGrid: db, containers: [{ image: 'postgres:16', portNumber: 5432 }] });
    const objects = synth(c);
    expect(find(objects, 'ServiceGrid', 'db').spec.template.selector).toEqual({ 'cdk8s-superedge.io/statefulset-grid': 'db' });
    expect(find(objects, 'ServiceGrid', 'db').spec.template.ports).toEqual([{ port: 5432, targetPort: 5432, protocol: 'TCP' }]);
    expect(schemaProblems(objects)).toEqual([]);
  });

  test('labels, annotations, type and named ports', () => {
    const c = cluster({ namespace: 'shop' });
    const location = seed(c);
    const sg = new ServiceGrid(c, 'web', {
      nodeGroup: location,
      type: kplus.ServiceType.NODE_PORT,
      metadata: { labels: { app: 'web' }, annotations: { team: 'edge' } },
      ports: [{ port: 80, name: 'http' }],
    });
    sg.addPort({ port: 443, name: 'https', protocol: kplus.Protocol.TCP });
    const o = find(synth(c), 'ServiceGrid', 'web');
    expect(o.metadata).toEqual({ name: 'web', namespace: 'shop', labels: { app: 'web' }, annotations: { team: 'edge' } });
    expect(o.spec.template.type).toBe('NodePort');
    expect(o.spec.template.ports.map((p: any) => p.name)).toEqual(['http', 'https']);
    expect(Findings.of(c)).toEqual([]);
    expect(schemaProblems([o])).toEqual([]);
  });
});

describe('ServiceGrid rules', () => {
  test('SE-S01: names are DNS-1035 labels of at most 59 characters', () => {
    const c = cluster();
    const location = seed(c);
    new ServiceGrid(c, '1-web', { nodeGroup: location, ports: [{ port: 80 }] });
    const [m] = findingsOf(c, 'SE-S01');
    expect(m).toContain('SE-S01: ServiceGrid name "1-web" is not usable: the controller creates the Service "1-web-svc"');
    expect(m).toContain("name: 'svc-1-web'");
  });

  test('SE-S02: names over 53 characters break the EndpointSlice mode', () => {
    const c = cluster();
    const location = seed(c);
    const name = 's'.repeat(55);
    new ServiceGrid(c, 'long', { name, nodeGroup: location, ports: [{ port: 80 }] });
    const [m] = findingsOf(c, 'SE-S02');
    expect(m).toContain(`SE-S02: ServiceGrid name "${name}" has 55 characters`);
    expect(m).toContain('use a name of at most 53 characters');
  });

  test('SE-S03: the grid key must not contain "/"', () => {
    const c = cluster();
    new ServiceGrid(c, 'web', { nodeGroup: NodeGroup.fromName(c, 'z', 'example.com/zone'), ports: [{ port: 80 }] });
    const [m] = findingsOf(c, 'SE-S03');
    expect(m).toContain('SE-S03: ServiceGrid "web" has the grid key (NodeGroup name) "example.com/zone", which is not usable: it contains \'/\'');
  });

  test('SE-S04: a headless ServiceGrid that serves no StatefulSetGrid is refused', () => {
    const c = cluster();
    new ServiceGrid(c, 'web', { nodeGroup: seed(c), clusterIp: 'None', ports: [{ port: 80 }] });
    expect(findingsOf(c, 'SE-S04')).toEqual([
      '[edge/web] SE-S04: ServiceGrid "web" is headless (clusterIp: None) but serves no StatefulSetGrid: headless lookups return the pods of every site and bypass the per-site endpoint filtering. Fix: leave clusterIp unset, or make it the serviceGrid of a StatefulSetGrid (whose pods statefulset-grid-daemon publishes per site)',
    ]);
  });

  test('headless for a StatefulSetGrid: emitted, SE-S04 quiet, SE-S10 warns on open-source SuperEdge until suppressed', () => {
    const c = cluster();
    const location = seed(c);
    const sg = new ServiceGrid(c, 'db', { nodeGroup: location, clusterIp: 'None', ports: [{ port: 5432 }] });
    new StatefulSetGrid(c, 'pg', { nodeGroup: location, serviceGrid: sg, containers: [{ image: 'postgres:16', securityContext: { user: 999 } }] });
    expect(findingsOf(c, 'SE-S04')).toEqual([]);
    expect(findingsOf(c, 'SE-S10')).toEqual([
      "[edge/db] warning SE-S10: headless ServiceGrid \"db\" relies on statefulset-grid-daemon on every edge node (it writes the per-site names <grid>-<i>.db-svc to the nodes' hosts file); open-source SuperEdge clusters run it only when it was installed. Fix: install statefulset-grid-daemon (SuperEdge's deployment/statefulset-grid-daemon.yaml) and record it: Findings.suppress(serviceGrid, 'SE-S10', 'statefulset-grid-daemon runs on every edge node')",
    ]);
    expect(find(synth(c), 'ServiceGrid', 'db').spec.template.clusterIP).toBe('None');
    Findings.suppress(sg, 'SE-S10', 'statefulset-grid-daemon runs on every edge node');
    expect(Findings.of(c).filter(f => f.ruleId === 'SE-S10').map(f => [f.suppressed, f.suppressionReason])).toEqual([[true, 'statefulset-grid-daemon runs on every edge node']]);
  });

  test('SE-S10 is quiet on TKE Edge, which runs statefulset-grid-daemon', () => {
    const c = cluster({ platform: Platform.TKE_EDGE });
    const location = seed(c);
    const sg = new ServiceGrid(c, 'db', { nodeGroup: location, clusterIp: 'None', ports: [{ port: 5432 }] });
    new StatefulSetGrid(c, 'pg', { nodeGroup: location, serviceGrid: sg, containers: [{ image: 'postgres:16', securityContext: { user: 999 } }] });
    expect(findingsOf(c, 'SE-S10')).toEqual([]);
    expect(findingsOf(c, 'SE-S04')).toEqual([]);
  });

  test('SE-S05: a ServiceGrid needs ports', () => {
    const c = cluster();
    new ServiceGrid(c, 'web', { nodeGroup: seed(c) });
    expect(findingsOf(c, 'SE-S05')[0]).toContain('SE-S05: ServiceGrid "web" has no ports');
  });

  test('SE-S06: several ports need unique names', () => {
    const c = cluster();
    new ServiceGrid(c, 'web', { nodeGroup: seed(c), ports: [{ port: 80, name: 'http' }, { port: 443 }] });
    expect(findingsOf(c, 'SE-S06')[0]).toContain('SE-S06: ServiceGrid "web" has 2 ports (80/http, 443) without a unique name each');
  });

  test('SE-S07: a Service selects by labels only', () => {
    const c = cluster();
    const selector = kplus.Pods.select(c, 'pods', { expressions: [kplus.LabelExpression.exists('app')] });
    new ServiceGrid(c, 'web', { nodeGroup: seed(c), selector, ports: [{ port: 80 }] });
    expect(findingsOf(c, 'SE-S07')[0]).toContain('SE-S07: the selector of ServiceGrid "web" has match expressions (app Exists)');
  });

  test('SE-S08: a user Service labelled superedge.io/grid-selector=<sg> would be adopted and deleted', () => {
    const c = cluster();
    new ServiceGrid(c, 'web', { nodeGroup: seed(c), ports: [{ port: 80 }] });
    new kplus.Service(c, 'old', { metadata: { name: 'old', labels: { 'superedge.io/grid-selector': 'web' } }, ports: [{ port: 80 }] });
    const [m] = findingsOf(c, 'SE-S08');
    expect(m).toContain('SE-S08: Service old (edge/old/Resource) carries the label superedge.io/grid-selector=web');
  });

  test('SE-S09: selecting a grid on another NodeGroup (warning)', () => {
    const c = cluster();
    const location = seed(c);
    const zone = new NodeGroup(c, 'zone', { nodeUnits: [new NodeUnit(c, 'z1', { nodes: ['z-1'] })] });
    const g = new DeploymentGrid(c, 'nginx', { nodeGroup: zone, containers: [{ image: 'nginx:1.25' }] });
    new ServiceGrid(c, 'web', { nodeGroup: location, selector: g, ports: [{ port: 80 }] });
    const f = Findings.of(c).filter(x => x.ruleId === 'SE-S09');
    expect(f.map(x => x.severity)).toEqual(['warning']);
    expect(f[0].message).toContain('selects the pods of grid "nginx" on NodeGroup "zone"');
  });

  test('every ServiceGrid rule is in the catalogue', () => {
    for (let i = 1; i <= 9; i++) expect(RULES[`SE-S0${i}`]).toBeDefined();
  });
});
