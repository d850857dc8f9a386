/**
 * The benchmark's fleet: N sites of a few nodes each, spread over G location groups
 * (round robin), each site with its own label key (`<unit>=nodeunits.superedge.io`),
 * plus D DeploymentGrid + ServiceGrid pairs spread over the groups the same way.
 */
import { App } from 'cdk8s';
import { ControllerPreview, DeploymentGrid, EdgeCluster, NodeGroup, NodeUnit, ServiceGrid } from '../src';

export interface FleetShape {
  readonly sites: number;
  readonly nodesPerSite: number;
  /** Location groups the sites are spread over. */
  readonly groups: number;
  /** DeploymentGrid + ServiceGrid pairs, spread over the groups. */
  readonly grids: number;
  /** Whether the app also gets the controller-preview chart. */
  readonly preview?: boolean;
}

export function buildFleet(app: App, shape: FleetShape): EdgeCluster {
  const cluster = new EdgeCluster(app, 'fleet', { podCidr: '10.0.0.0/14', serviceCidr: '172.16.0.0/16' });
  const groups = Array.from({ length: shape.groups }, (_, g) => new NodeGroup(cluster, `location-${String(g).padStart(2, '0')}`));
  for (let i = 0; i < shape.sites; i++) {
    const name = `site-${String(i).padStart(5, '0')}`;
    const nodes = Array.from({ length: shape.nodesPerSite }, (_, j) => `${name}-n${j}`);
    groups[i % groups.length].addNodeUnit(new NodeUnit(cluster, name, { nodes }));
  }
  for (let g = 0; g < shape.grids; g++) {
    const appName = `app-${String(g).padStart(2, '0')}`;
    const nodeGroup = groups[g % groups.length];
    const grid = new DeploymentGrid(cluster, appName, {
      nodeGroup,
      replicas: 1,
      containers: [{ image: `registry.example.com/${appName}:1.0.0`, portNumber: 8080, envVariables: { SITE_ROLE: { value: 'edge' } } }],
    });
    new ServiceGrid(cluster, `${appName}-svc`, { name: appName, nodeGroup, selector: grid, ports: [{ port: 80, targetPort: 8080 }] });
  }
  if (shape.preview) ControllerPreview.of(cluster).addChart();
  return cluster;
}

/** Runs `f` with stderr silenced (the fleet's findings block of warnings). */
export function quietly<T>(f: () => T): T {
  const write = process.stderr.write;
  process.stderr.write = (() => true) as any;
  try {
    return f();
  } finally {
    process.stderr.write = write;
  }
}
