/**
 * The library's one cache (src/internal/cache.ts): what it keeps, and each rule of its
 * invalidation contract. And the references carrying what they know (INodeUnit's
 * knownNodeNames / selectsNodes, INodeGroup's knownMembers), which replaced the
 * downcasts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { ControllerPreview, DeploymentGrid, EdgeCluster, Findings, INodeGroup, INodeUnit, NodeGroup, NodeUnit } from '../src';
import * as fromConstructs from '../src/model/from-constructs';
import { passModel } from '../src/validation/model-checks';

function fleet() {
  const app = Testing.app();
  const c = new EdgeCluster(app, 'edge');
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
  const group = new NodeGroup(c, 'location', { nodeUnits: [bj] });
  return { app, c, bj, group };
}

function unitObject(c: EdgeCluster, name: string): any {
  return c.toJson().find(o => o.kind === 'NodeUnit' && o.metadata.name === name);
}

describe('the one cache', () => {
  test('keeps the model for the current task while nothing changes', () => {
    const { c } = fleet();
    expect(passModel(c)).toBe(passModel(c));
  });

  test('rule 1: a change of topology drops it at once, in the same task', () => {
    const { c, group } = fleet();
    const before = passModel(c);
    expect(before.units.map(u => u.name)).toEqual(['beijing']);
    const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1'] });
    const afterUnit = passModel(c);
    expect(afterUnit).not.toBe(before);
    expect(afterUnit.units.map(u => u.name)).toEqual(['beijing', 'guangzhou']);
    group.addNodeUnit(gz);
    const g = passModel(c).groups.find(x => x.name === 'location')!;
    expect(g.memberIds.map(id => passModel(c).unitsById.get(id)!.name)).toEqual(['beijing', 'guangzhou']);
    gz.addNode('gz-2');
    expect(passModel(c).units.find(u => u.name === 'guangzhou')!.nodeNames).toEqual(['gz-1', 'gz-2']);
    gz.addNodeLabel('zone', 'south');
    expect(passModel(c).units.find(u => u.name === 'guangzhou')!.nodeLabels).toEqual({ zone: 'south' });
  });

  test('rule 2: the end of the task drops it', async () => {
    const { c } = fleet();
    const before = passModel(c);
    await Promise.resolve();
    expect(passModel(c)).not.toBe(before);
  });

  test('rule 2: Findings.of() ends every pass, so a grid changed since is seen', () => {
    const { c, group } = fleet();
    const grid = new DeploymentGrid(c, 'web', { nodeGroup: group, containers: [{ image: 'nginx:1.25', portNumber: 80 }] });
    expect(Findings.of(c).filter(f => f.ruleId === 'SE-W13')).toEqual([]);
    // No topology change: a container port the API server refuses (SE-W13), found on the next call.
    grid.addContainer({ image: 'busybox:1.36', name: 'bad', portNumber: 70000 });
    expect(Findings.of(c).map(f => f.ruleId)).toContain('SE-W13');
  });

  test('toJson after a validation renders a group membership added since (no stale fast path)', () => {
    const { c, group } = fleet();
    c.node.validate(); // the cluster's own validation starts a pass and notes the tree state
    expect(unitObject(c, 'beijing').metadata.labels).toEqual({ location: 'nodegroups.superedge.io' });
    const other = new NodeGroup(c, 'region', {});
    other.addNodeUnit(group.nodeUnits[0]);
    expect(unitObject(c, 'beijing').metadata.labels).toEqual({ location: 'nodegroups.superedge.io', region: 'nodegroups.superedge.io' });
    expect(unitObject(c, 'beijing').spec.setNode.labels).toEqual({ beijing: 'nodeunits.superedge.io', location: 'beijing', region: 'beijing' });
  });

  test('app.synth() twice in one task writes what was added in between', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
    const app = new App({ outdir });
    const c = new EdgeCluster(app, 'edge');
    const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1'] });
    const group = new NodeGroup(c, 'location', { nodeUnits: [bj] });
    app.synth();
    group.addNodeUnit(new NodeUnit(c, 'shanghai', { nodes: ['sh-1'] }));
    app.synth();
    const text = fs.readFileSync(path.join(outdir, 'edge.k8s.yaml'), 'utf-8');
    expect(text).toContain('name: shanghai');
    expect(text).toMatch(/nodeUnits:\n\s+- beijing\n\s+- shanghai/);
  });
});

describe('one model per synthesis', () => {
  afterEach(() => jest.restoreAllMocks());

  test('the root walk, the cluster and the preview chart share one model', () => {
    const { app, c, group } = fleet();
    new DeploymentGrid(c, 'web', { nodeGroup: group, containers: [{ image: 'nginx:1.25', portNumber: 80 }] });
    ControllerPreview.of(c).addChart();
    const builds = jest.spyOn(fromConstructs, 'modelFromConstructs');
    const yaml = app.synthYaml();
    expect(yaml).toContain('name: web-beijing'); // the preview's workload for the site
    expect(builds).toHaveBeenCalledTimes(1);
  });

  test('a second synthesis in the same task builds it again and sees a grid changed in between', () => {
    const { app, c, group } = fleet();
    const grid = new DeploymentGrid(c, 'web', { nodeGroup: group, containers: [{ image: 'nginx:1.25', portNumber: 80 }] });
    ControllerPreview.of(c).addChart();
    expect(app.synthYaml()).not.toContain('busybox:1.36');
    grid.addContainer({ image: 'busybox:1.36', name: 'sidecar', portNumber: 8080 });
    // The grid itself and the preview's web-beijing both carry the new container.
    expect(app.synthYaml().split('image: busybox:1.36').length - 1).toBe(2);
  });

  test("a chart's own toJson() in a later task checks a change made after the synthesis", async () => {
    const { app, c, group } = fleet();
    const grid = new DeploymentGrid(c, 'web', { nodeGroup: group, containers: [{ image: 'nginx:1.25', portNumber: 80 }] });
    app.synthYaml();
    grid.addContainer({ image: 'busybox:1.36', name: 'bad', portNumber: 70000 });
    await Promise.resolve();
    expect(() => c.toJson()).toThrow(/SE-W13/);
  });

  test("a chart's own toJson() after a construct is added in the same task validates again", () => {
    const { app, c, group } = fleet();
    app.synthYaml();
    new DeploymentGrid(c, 'bad', { nodeGroup: group, containers: [{ image: 'nginx:1.25', portNumber: 70000 }] });
    expect(() => c.toJson()).toThrow(/SE-W13/);
  });
});

describe('references carry what they know', () => {
  test('a declared unit knows its nodes and whether it selects nodes', () => {
    const { c, bj } = fleet();
    expect(bj.knownNodeNames).toEqual(['bj-1']);
    expect(bj.selectsNodes).toBe(false);
    const sel = new NodeUnit(c, 'lab', { selector: { matchLabels: { lab: 'yes' } } });
    expect(sel.knownNodeNames).toEqual([]);
    expect(sel.selectsNodes).toBe(true);
  });

  test('a unit or group known by name only does not', () => {
    const { c } = fleet();
    const ref: INodeUnit = NodeUnit.fromName(c, 'shared', 'shared');
    expect(ref.knownNodeNames).toBeUndefined();
    expect(NodeUnit.allNodes(c).knownNodeNames).toBeUndefined();
    const g: INodeGroup = NodeGroup.fromName(c, 'other', 'other');
    expect(g.knownMembers).toBeUndefined();
  });

  test('a declared group knows its explicit and selected members', () => {
    const { c, bj, group } = fleet();
    const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1'], unitLabels: { tier: 'a' } });
    const byLabel = new NodeGroup(c, 'tier', { unitSelector: { matchLabels: { tier: 'a' } } });
    expect(group.knownMembers!.map(u => u.unitName)).toEqual(['beijing']);
    expect(byLabel.knownMembers).toEqual([gz]);
    expect(group.knownMembers![0]).toBe(bj);
  });

  test('a unit implemented outside the library is used through the interface, not its class', () => {
    // A user's own INodeUnit (what jsii callers in other languages write) with known nodes:
    // the ingress controller placement reads knownNodeNames, not a NodeUnit downcast.
    const app = Testing.app();
    const c = new EdgeCluster(app, 'edge');
    class Site extends Construct implements INodeUnit {
      public readonly unitName = 'site-a';
      public readonly knownNodeNames = ['a-1', 'a-2'];
    }
    const site = new Site(c, 'site-a');
    const group = new NodeGroup(c, 'location', { nodeUnits: [site] });
    expect(group.knownMembers).toEqual([site]);
    const grid = new DeploymentGrid(c, 'web', { nodeGroup: group, containers: [{ image: 'nginx:1.25', portNumber: 80 }] });
    expect(grid.nodeGroup.knownMembers!.map(u => u.unitName)).toEqual(['site-a']);
  });
});

test('no construct class is downcast with instanceof outside what cdk8s itself offers', () => {
  // The library's own classes are read through their interfaces (and the model), never tested with instanceof.
  const own = ['NodeUnit', 'NodeGroup', 'KinsUnit', 'GridWorkload', 'DeploymentGrid', 'StatefulSetGrid', 'ServiceGrid', 'MultiRegionIngress', 'EdgeHealth'];
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {walk(p);} else if (p.endsWith('.ts')) {
        fs.readFileSync(p, 'utf-8').split('\n').forEach((line, i) => {
          for (const cls of own) {
            if (new RegExp(`instanceof ${cls}\\b`).test(line)) hits.push(`${path.relative(process.cwd(), p)}:${i + 1}: ${line.trim()}`);
          }
        });
      }
    }
  };
  walk(path.join(__dirname, '..', 'src'));
  expect(hits).toEqual([]);
});
