/**
 * The benchmark's fleet: N sites of a few nodes each, all in one location group, each
 * with its own label key (`<unit>=nodeunits.superedge.io`) and group label, plus grids.
 */
import { App } from 'cdk8s';
import { EdgeCluster, NodeGroup, NodeUnit } from '../src';

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
  return cluster;
}
