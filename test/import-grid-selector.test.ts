import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, ServiceGrid, StatefulSetGrid } from '../src';
import { seedSites } from './support/programs';
import { cluster, find, synth, synthError } from './support/synth';

/** Adopting grids that already run with their own pod selector (select: false + select()/matchLabel()). */
describe('grid pod-selector adoption', () => {
  test('select: false + matchLabel keeps the given selector exactly and labels the pods with it', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const echo = new DeploymentGrid(c, 'echo', { nodeGroup: location, select: false, containers: [{ image: 'echo:1' }] });
    echo.matchLabel('app', 'echo');
    new ServiceGrid(c, 'echo-svc', { name: 'echo', nodeGroup: location, selector: echo, ports: [{ port: 80 }] });
    const objects = synth(c);
    const dg = find(objects, 'DeploymentGrid', 'echo');
    expect(dg.spec.template.selector).toEqual({ matchLabels: { app: 'echo' } });
    expect(dg.spec.template.template.metadata.labels).toEqual({ app: 'echo' });
    expect(find(objects, 'ServiceGrid', 'echo').spec.template.selector).toEqual({ app: 'echo' });
    expect(echo.selectorLabels).toEqual({ app: 'echo' });
  });

  test('select() with a cdk8s-plus LabelSelector: labels and expressions; pod metadata labels are kept beside them', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const g = new DeploymentGrid(c, 'web', {
      nodeGroup: location,
      select: false,
      podMetadata: { labels: { tier: 'front' } },
      containers: [{ image: 'web:1' }],
    });
    g.select(kplus.LabelSelector.of({ labels: { app: 'web', track: 'stable' }, expressions: [kplus.LabelExpression.in('tier', ['front'])] }));
    const dg = find(synth(c), 'DeploymentGrid', 'web');
    expect(dg.spec.template.selector).toEqual({
      matchLabels: { app: 'web', track: 'stable' },
      matchExpressions: [{ key: 'tier', operator: 'In', values: ['front'] }],
    });
    expect(dg.spec.template.template.metadata.labels).toEqual({ app: 'web', tier: 'front', track: 'stable' });
  });

  test('a StatefulSetGrid with its own selector: the ServiceGrid naming it selects the same labels', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const svc = new ServiceGrid(c, 'db-svc', { name: 'db', nodeGroup: location, ports: [{ port: 5432 }] });
    const db = new StatefulSetGrid(c, 'db', { nodeGroup: location, serviceGrid: svc, select: false, containers: [{ image: 'pg:16' }] });
    db.matchLabel('app', 'db');
    const objects = synth(c);
    const ssg = find(objects, 'StatefulSetGrid', 'db');
    expect(ssg.spec.template.selector).toEqual({ matchLabels: { app: 'db' } });
    expect(ssg.spec.template.template.metadata.labels).toEqual({ app: 'db' });
    expect(find(objects, 'ServiceGrid', 'db').spec.template.selector).toEqual({ app: 'db' });
  });

  test('the default is unchanged: the name-derived label, even with matchLabel added on top', () => {
    const c = cluster();
    const { location } = seedSites(c);
    const g = new DeploymentGrid(c, 'api', { nodeGroup: location, containers: [{ image: 'api:1' }] });
    let dg = find(synth(c), 'DeploymentGrid', 'api');
    expect(dg.spec.template.selector).toEqual({ matchLabels: { 'cdk8s-superedge.io/deployment-grid': 'api' } });
    g.matchLabel('app', 'api');
    dg = find(synth(c), 'DeploymentGrid', 'api');
    expect(dg.spec.template.selector).toEqual({ matchLabels: { 'app': 'api', 'cdk8s-superedge.io/deployment-grid': 'api' } });
    expect(dg.spec.template.template.metadata.labels).toEqual({ 'app': 'api', 'cdk8s-superedge.io/deployment-grid': 'api' });
  });

  test('fails: select: false without any selector', () => {
    const c = cluster();
    const { location } = seedSites(c);
    new DeploymentGrid(c, 'lost', { nodeGroup: location, select: false, containers: [{ image: 'x:1' }] });
    expect(synthError(c)).toContain('DeploymentGrid "lost" selects no pods: it has select: false and no label given with select() or matchLabel(). Fix: ');
  });
});
