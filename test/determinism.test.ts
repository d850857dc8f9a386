/**
 * Byte-stable output: the same topology declared in any order gives the same bytes.
 * Orders are drawn from a seeded generator, so a failure reproduces.
 */
import { App, Testing } from 'cdk8s';
import {
  DeploymentGrid, EdgeCluster, EdgeHealth, EdgeNode, KinsUnit, MultiRegionIngress, NodeGroup, NodeUnit, ServiceGrid,
} from '../src';

/* eslint-disable no-bitwise */ // a PRNG is bit arithmetic
/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* eslint-enable no-bitwise */

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const SITES = ['beijing', 'guangzhou', 'shanghai', 'chengdu', 'wuhan', 'xian'];

function build(seed: number): string {
  const random = rng(seed);
  const app: App = Testing.app();
  const cluster = new EdgeCluster(app, 'edge', { podCidr: '10.32.0.0/14', serviceCidr: '172.16.0.0/16' });
  const units = new Map<string, NodeUnit>();
  for (const site of shuffled(SITES, random)) {
    const nodes = shuffled([1, 2, 3].map(i => `${site}-${i}`), random);
    const u = new NodeUnit(cluster, site, { nodes: nodes.slice(1), edgeHealth: true });
    u.addEdgeNode(new EdgeNode({ name: nodes[0], gpu: false }));
    units.set(site, u);
  }
  new KinsUnit(cluster, 'shop', { nodes: shuffled(['k-1', 'k-2'], random) });
  const location = new NodeGroup(cluster, 'location');
  const north = new NodeGroup(cluster, 'north');
  for (const site of shuffled(SITES, random)) location.addNodeUnit(units.get(site)!);
  for (const site of shuffled(['beijing', 'xian'], random)) north.addNodeUnit(units.get(site)!);

  const grids = shuffled(['web', 'api', 'cache'], random).map(name => {
    const grid = new DeploymentGrid(cluster, name, { nodeGroup: location, containers: [{ image: `${name}:1`, portNumber: 8080 }] });
    const sg = new ServiceGrid(cluster, `${name}-service`, { name, nodeGroup: location, selector: grid, ports: [{ port: 80, targetPort: 8080 }] });
    return sg;
  });
  new MultiRegionIngress(cluster, 'entry', {
    nodeUnits: shuffled(SITES, random).map(s => units.get(s)!),
    rules: shuffled(grids, random).map(sg => ({ host: `${sg.gridName}.example.com`, serviceGrid: sg, port: 80 })),
  });
  new EdgeHealth(cluster, 'health');
  return app.synthYaml();
}

test('the same bytes for twenty declaration orders', () => {
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const reference = build(1);
    expect(reference).toContain('kind: Ingress');
    for (let seed = 2; seed <= 20; seed++) {
      expect(build(seed)).toBe(reference);
    }
  } finally {
    spy.mockRestore();
  }
});
