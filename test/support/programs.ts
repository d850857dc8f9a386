import { DeploymentGrid, EdgeCluster, NodeGroup, NodeUnit, ServiceGrid, StatefulSetGrid } from '../../src';

/** The seed's sites: beijing (bj-1, bj-2) and guangzhou (gz-1..3) in the group 'location'. */
export function seedSites(c: EdgeCluster) {
  const bj = new NodeUnit(c, 'beijing', { nodes: ['bj-1', 'bj-2'] });
  const gz = new NodeUnit(c, 'guangzhou', { nodes: ['gz-1', 'gz-2', 'gz-3'] });
  const location = new NodeGroup(c, 'location', { nodeUnits: [bj, gz] });
  return { bj, gz, location };
}

/** The program of the grids issue, as written, on the seed's sites. */
export function gridProgram(c: EdgeCluster) {
  const { location, bj, gz } = seedSites(c);
  const nginx = new DeploymentGrid(c, 'nginx', {
    nodeGroup: location,
    replicas: 3,
    containers: [{ image: 'nginx:1.25', portNumber: 8080 }],
  });
  const nginxService = new ServiceGrid(c, 'nginx-service', {
    name: 'nginx',
    nodeGroup: location,
    selector: nginx,
    ports: [{ port: 80, targetPort: 8080 }],
  });
  const db = new ServiceGrid(c, 'db-service', { name: 'db', nodeGroup: location, ports: [{ port: 5432 }] });
  const pg = new StatefulSetGrid(c, 'db', {
    nodeGroup: location,
    replicas: 1,
    serviceGrid: db,
    containers: [{ image: 'postgres:16', portNumber: 5432 }],
  });
  return { location, bj, gz, nginx, nginxService, db, pg };
}
