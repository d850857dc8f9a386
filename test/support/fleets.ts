import { GraphInput } from '../../src';

/** A small fleet: two clusters, groups, grids, a Kins and an ingress unit, three waves. */
export function smallFleet(): GraphInput {
  return {
    title: 'Edge fleet',
    clusters: [
      {
        name: 'edge',
        wave: 1,
        units: [
          { name: 'beijing', nodeCount: 2, architectures: ['amd64'], wave: 1, ingress: true },
          { name: 'guangzhou', nodeCount: 3, architectures: ['amd64', 'arm64'], wave: 2 },
          { name: 'shanghai', nodeCount: 4, architectures: ['amd64'], wave: 2 },
          { name: 'factory', nodeCount: 3, architectures: ['arm64'], kins: true, wave: 3 },
        ],
        groups: [
          { name: 'location', units: ['beijing', 'guangzhou', 'shanghai'] },
          { name: 'plants', units: ['factory'] },
        ],
        grids: [
          { name: 'nginx', kind: 'DeploymentGrid', group: 'location' },
          { name: 'nginx', kind: 'ServiceGrid', group: 'location' },
          { name: 'db', kind: 'StatefulSetGrid', group: 'location' },
        ],
      },
      {
        name: 'south',
        wave: 2,
        units: [
          { name: 'shenzhen', nodeCount: 5, architectures: ['amd64'], wave: 1 },
          { name: 'xiamen', nodeCount: 1 },
        ],
        groups: [{ name: 'region', units: ['shenzhen'] }],
        grids: [{ name: 'pos', kind: 'DeploymentGrid', group: 'region' }],
      },
    ],
  };
}

/** A fleet with one large group (`n` units) and a few small ones. */
export function largeFleet(n: number): GraphInput {
  const units = Array.from({ length: n }, (_, i) => ({ name: `store-${String(i).padStart(4, '0')}`, nodeCount: 1 + (i % 3), architectures: ['arm64'], wave: 1 + (i % 3) }));
  return {
    clusters: [{
      name: 'retail',
      units: [...units, { name: 'hq', nodeCount: 3, architectures: ['amd64'], wave: 1 }],
      groups: [{ name: 'stores', units: units.map(u => u.name) }, { name: 'office', units: ['hq'] }],
      grids: [{ name: 'pos', kind: 'DeploymentGrid', group: 'stores' }],
    }],
  };
}
