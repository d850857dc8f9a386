/**
 * The benchmark's fleet: N sites of a few nodes each, all in one location group, each
 * with its own label key (`<unit>=nodeunits.superedge.io`) and group label, plus grids.
 */
import { App } from 'cdk8s';
import { DeploymentGrid, EdgeCluster, NodeGroup, NodeUnit, ServiceGrid } from '../src';

export interface FleetShape {
  readonly sites: number;
  readonly nodesPerSite: number;
  /** Grids on the location group (used once grids exist). */
  readonly grids: number;
}

export function buildFleet(app: App, shape: FleetShape): EdgeCluster {
  const cluster = new EdgeCluster(app, 'fleet', { podCidr: '10.0.0.0/14', serviceCidr: '172.16.0.0/16' });
  const location = new NodeGroup(cluster, 'location');
  for (let i = 0; i < shape.sites; i++) {
    const name = `site-${String(i).padStart(5, '0')}`;
    const nodes = Array.from({ length: shape.nodesPerSite }, (_, j) => `${name}-n${j}`);
    location.addNodeUnit(new NodeUnit(cluster, name, { nodes }));
  }
  for (let g = 0; g < shape.grids; g++) {
    const appName = `app-${String(g).padStart(2, '0')}`;
    const grid = new DeploymentGrid(cluster, appName, {
      nodeGroup: location,
      replicas: 1,
      containers: [{ image: `registry.example.com/${appName}:1.0.0`, portNumber: 8080, envVariables: { SITE_ROLE: { value: 'edge' } } }],
    });
    new ServiceGrid(cluster, `${appName}-svc`, { name: appName, nodeGroup: location, selector: grid, ports: [{ port: 80, targetPort: 8080 }] });
  }
  return cluster;
}
