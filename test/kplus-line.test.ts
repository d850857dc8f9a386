/**
 * SE-V01: one cdk8s-plus line per app. Two cdk8s-plus lines cannot easily be installed
 * side by side here, so objects of another line are cdk8s-plus-27 classes whose jsii
 * RTTI says cdk8s-plus-33: they behave as real cdk8s-plus objects (so every other rule
 * and the renderer run on them as they would) and carry the name the check reads.
 */
import { Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { DeploymentGrid, EdgeCluster, Findings, NodeGroup, NodeUnit } from '../src';
import { cluster, findingsOf, synth, synthError } from './support/synth';
import { RULES } from '../src/validation/rules';
import { foreignKplusLine, jsiiFqn } from '../src/workloads/kplus-line';

const RTTI = Symbol.for('jsii.rtti');

/** A subclass of a cdk8s-plus-27 class that jsii would name `<line>.<name>`. */
function ofLine(base: Function, fqn: string): unknown {
  const Other = class extends (base as new (...args: any[]) => any) {};
  Object.defineProperty(Other, RTTI, { value: { fqn, version: '2.5.57' } });
  return Other;
}

const Volume33 = ofLine(kplus.Volume, 'cdk8s-plus-33.Volume') as any;
const Deployment33 = ofLine(kplus.Deployment, 'cdk8s-plus-33.Deployment') as any;
const ServiceAccount33 = ofLine(kplus.ServiceAccount, 'cdk8s-plus-33.ServiceAccount') as any;
const ConfigMap33 = ofLine(kplus.ConfigMap, 'cdk8s-plus-33.ConfigMap') as any;

function site(c: EdgeCluster): NodeGroup {
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
  return new NodeGroup(c, 'location', { nodeUnits: [bj] });
}

describe('the cdk8s-plus line of an object', () => {
  test('is read from the jsii RTTI of its class', () => {
    const c = cluster();
    expect(jsiiFqn(kplus.Volume.fromEmptyDir(c, 'v', 'v'))).toBe('cdk8s-plus-27.Volume');
    expect(jsiiFqn(new Volume33(c, 'v33', 'v33', { emptyDir: {} }))).toBe('cdk8s-plus-33.Volume');
    expect(jsiiFqn({ fqn: 'x' })).toBeUndefined();
    expect(jsiiFqn(null)).toBeUndefined();
    expect(jsiiFqn('cdk8s-plus-33.Volume')).toBeUndefined();
  });

  test('is foreign for every cdk8s-plus line but 27, and for nothing else', () => {
    const c = cluster();
    expect(foreignKplusLine(new Volume33(c, 'v33', 'v33', { emptyDir: {} }))).toBe('cdk8s-plus-33');
    expect(foreignKplusLine(new (ofLine(kplus.Volume, 'cdk8s-plus-22.Volume') as any)(c, 'v22', 'v22', { emptyDir: {} }))).toBe('cdk8s-plus-22');
    expect(foreignKplusLine(kplus.Volume.fromEmptyDir(c, 'v', 'v'))).toBeUndefined();
    expect(foreignKplusLine(c)).toBeUndefined(); // cdk8s.Chart: not a cdk8s-plus class
    expect(foreignKplusLine({})).toBeUndefined();
  });
});

describe('SE-V01', () => {
  test('is in the rule catalogue', () => {
    expect(RULES['SE-V01']).toMatch(/cdk8s-plus/);
  });

  test('refuses a grid whose container mounts a cdk8s-plus-33 Volume, once, and says what to install', () => {
    const c = cluster();
    const data = new Volume33(c, 'data', 'data', { emptyDir: {} });
    new DeploymentGrid(c, 'web', {
      nodeGroup: site(c),
      containers: [{ image: 'nginx:1.25', volumeMounts: [{ path: '/data', volume: data }] }],
    });
    expect(findingsOf(c, 'SE-V01')).toEqual([
      '[edge] SE-V01: edge/web.containers[0].mounts[0].volume is a cdk8s-plus-33.Volume, but cdk8s-superedge is built on cdk8s-plus-27 '
      + 'and an app can use only one cdk8s-plus line. Fix: install cdk8s-plus-27 in place of cdk8s-plus-33 '
      + '(npm rm cdk8s-plus-33 && npm i cdk8s-plus-27; Python: pip uninstall cdk8s-plus-33 && pip install cdk8s-plus-27) '
      + 'and import Volume from cdk8s-plus-27',
    ]);
    expect(synthError(c)).toContain('SE-V01');
  });

  test('finds a Volume of another line in another chart, given through props', () => {
    const c = cluster();
    const other = new Chart(c.node.root, 'other');
    const grid = new DeploymentGrid(c, 'web', { nodeGroup: site(c), containers: [{ image: 'nginx:1.25' }] });
    grid.addVolume(new Volume33(other, 'cache', 'cache', { emptyDir: {} }));
    const found = Findings.of(c).filter(f => f.ruleId === 'SE-V01');
    expect(found.map(f => f.message)).toEqual([expect.stringMatching(/^edge\/web\.volumes\["cache"\] is a cdk8s-plus-33\.Volume/)]);
  });

  test('finds a ServiceAccount of another line given to a grid, and a ConfigMap of another line in the cluster', () => {
    const c = cluster();
    const other = new Chart(c.node.root, 'other');
    const cm = new ConfigMap33(c, 'settings', { data: { a: 'b' } });
    new DeploymentGrid(c, 'web', {
      nodeGroup: site(c),
      serviceAccount: new ServiceAccount33(other, 'sa'),
      containers: [{ image: 'nginx:1.25' }],
      volumes: [kplus.Volume.fromConfigMap(c, 'settings-volume', cm)],
    });
    const messages = Findings.of(c).filter(f => f.ruleId === 'SE-V01').map(f => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/^edge\/web\.serviceAccount is a cdk8s-plus-33\.ServiceAccount/),
      expect.stringMatching(/^edge\/settings is a cdk8s-plus-33\.ConfigMap/),
    ]);
    expect(Findings.of(c).filter(f => f.ruleId === 'SE-V01').map(f => f.fix)).toEqual([
      expect.stringMatching(/import ServiceAccount from cdk8s-plus-27$/),
      expect.stringMatching(/import ConfigMap from cdk8s-plus-27$/),
    ]);
  });

  test('refuses a construct of another line in the cluster', () => {
    const c = cluster();
    const legacy = new Deployment33(c, 'legacy', { containers: [{ image: 'nginx:1.25' }] });
    // Its children are of its line too (as a real cdk8s-plus-33 Deployment's KubeDeployment is): not reported again.
    new (ofLine(kplus.ConfigMap, 'cdk8s-plus-33.ConfigMap') as any)(legacy, 'child');
    expect(findingsOf(c, 'SE-V01')).toEqual([
      expect.stringMatching(/^\[edge\] SE-V01: edge\/legacy is a cdk8s-plus-33\.Deployment, .* import Deployment from cdk8s-plus-27$/),
    ]);
  });

  test('is not thrown off by objects whose fields throw when read', () => {
    const c = cluster();
    const grid = new DeploymentGrid(c, 'web', { nodeGroup: site(c), containers: [{ image: 'nginx:1.25' }] });
    Object.defineProperty(grid, 'hostile', { enumerable: true, get: () => { throw new Error('boom'); } });
    (grid as any).proxied = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => [] });
    expect(findingsOf(c, 'SE-V01')).toEqual([]);
  });

  test('is quiet for cdk8s-plus-27 objects in grids and in the cluster', () => {
    const c = cluster();
    const data = kplus.Volume.fromEmptyDir(c, 'data', 'data');
    const cm = new kplus.ConfigMap(c, 'settings', { data: { a: 'b' } });
    new DeploymentGrid(c, 'web', {
      nodeGroup: site(c),
      serviceAccount: new kplus.ServiceAccount(c, 'sa'),
      containers: [{
        image: 'nginx:1.25',
        volumeMounts: [{ path: '/data', volume: data }],
        envVariables: { A: kplus.EnvValue.fromConfigMap(cm, 'a') },
      }],
      volumes: [kplus.Volume.fromConfigMap(c, 'settings-volume', cm)],
    });
    new kplus.Deployment(c, 'plain', { containers: [{ image: 'nginx:1.25' }] });
    expect(findingsOf(c, 'SE-V01')).toEqual([]);
    expect(synth(c).map(o => o.kind)).toEqual(expect.arrayContaining(['DeploymentGrid', 'Deployment', 'ConfigMap', 'ServiceAccount']));
  });
});
