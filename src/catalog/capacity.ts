import { ApiObject } from 'cdk8s';
import { Demand, SiteAllocatable } from './checks/capacity';
import { placeableNodes, PlacementNode } from './node-placement';
import { podRequests } from './pod-requests';
import type { SiteCatalog } from './site-catalog';
import type { ModelCapacity } from '../model/types';
import { platformAgentsFor } from '../superedge/platform-agents';
import { EdgeCluster } from '../topology/edge-cluster';
import { NodeUnit } from '../topology/node-unit';
import { TopologyIndex } from '../topology/topology-index';

/**
 * The capacity figures of a catalogue's sites for the topology model (SE-Q01 / SE-Q02
 * read them): gathers what lands on each site from the declared constructs. Undefined
 * when no site has known figures. Internal.
 *
 * - Grid pods are not gathered here: the rules derive them from the model's grids
 *   (`siteDemands`, src/catalog/grid-demands.ts).
 * - DaemonSets of the cluster (the library's ingress controllers and edge-health, and
 *   the user's): one pod per node they can be placed on (nodeSelector, required node
 *   affinity, taints).
 * - Platform agents per node (`src/superedge/platform-agents.ts`).
 */
export function catalogCapacity(catalog: SiteCatalog): ModelCapacity | undefined {
  const sites = catalog._sites;
  const allocatable: SiteAllocatable[] = sites
    .filter(s => s.nodes.length > 0)
    .map(s => ({
      site: s.name,
      nodes: s.nodes.length,
      cpuMillis: sumIfAll(s.nodes.map(n => n.cpuMillis)),
      memoryBytes: sumIfAll(s.nodes.map(n => n.memoryBytes)),
    }))
    .filter(s => s.cpuMillis !== undefined || s.memoryBytes !== undefined);
  if (allocatable.length === 0) return undefined;
  const cluster = catalog.cluster;
  const demands = [
    ...daemonSetDemands(cluster, catalog),
    ...agentDemands(cluster, allocatable),
  ].filter(d => d.sites.length > 0);
  return { origin: catalog.node.path, source: catalog.source, sites: allocatable, demands };
}

function sumIfAll(values: Array<number | undefined>): number | undefined {
  let sum = 0;
  for (const v of values) {
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
}

/** Per DaemonSet: its pods on the catalogue's nodes, grouped by how many land on a site. */
function daemonSetDemands(cluster: EdgeCluster, catalog: SiteCatalog): Demand[] {
  const daemonSets = cluster.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && c.kind === 'DaemonSet');
  if (daemonSets.length === 0) return [];
  const { nodes, byLabel, siteOf } = placementNodes(cluster, catalog);
  const out: Demand[] = [];
  for (const ds of daemonSets) {
    const manifest = ds.toJson();
    const spec = manifest.spec?.template?.spec;
    const perSite = new Map<string, number>();
    for (const n of placeableNodes(spec, nodes, byLabel)) {
      const site = siteOf.get(n.name)!;
      perSite.set(site, (perSite.get(site) ?? 0) + 1);
    }
    out.push(...byCount(`DaemonSet "${manifest.metadata?.name}"`, podRequests(spec), perSite));
  }
  return out;
}

/** The catalogue's nodes with the labels and taints their units give them. */
function placementNodes(cluster: EdgeCluster, catalog: SiteCatalog) {
  const index = TopologyIndex.of(cluster);
  const unitLabels = new Map<NodeUnit, { [k: string]: string }>();
  const nodes: PlacementNode[] = [];
  const byLabel = new Map<string, PlacementNode[]>();
  const siteOf = new Map<string, string>();
  for (const site of catalog._sites) {
    for (const cn of site.nodes) {
      const name = cn.props.name;
      const labels: { [k: string]: string } = { 'kubernetes.io/hostname': name };
      if (cn.props.architecture) labels['kubernetes.io/arch'] = cn.props.architecture;
      const taints: PlacementNode['taints'][number][] = [];
      for (const u of index.unitsOfNode(name)) {
        let l = unitLabels.get(u);
        if (!l) {
          l = u.effectiveNodeLabels;
          unitLabels.set(u, l);
        }
        Object.assign(labels, l);
        taints.push(...u.nodeTaints.map(t => ({ key: t.key, value: t.value, effect: String(t.effect) })));
      }
      const node = { name, labels, taints };
      nodes.push(node);
      siteOf.set(name, site.name);
      for (const [k, v] of Object.entries(labels)) {
        const key = `${k}=${v}`;
        const list = byLabel.get(key);
        if (list) list.push(node);
        else byLabel.set(key, [node]);
      }
    }
  }
  return { nodes, byLabel, siteOf };
}

/** The platform's agents on every node of every site. */
function agentDemands(cluster: EdgeCluster, sites: SiteAllocatable[]): Demand[] {
  const agents = platformAgentsFor(cluster.platform, { logCollection: cluster.logCollection });
  const perSite = new Map(sites.map(s => [s.site, s.nodes]));
  return agents.flatMap(a => byCount(a.name, { cpuMillis: a.cpuMillis, memoryBytes: a.memoryBytes }, perSite));
}

/** One demand per distinct count, so that ten thousand sites of three nodes are one entry. */
function byCount(consumer: string, each: { cpuMillis: number; memoryBytes: number }, perSite: Map<string, number>): Demand[] {
  const groups = new Map<number, string[]>();
  for (const [site, count] of perSite) {
    const list = groups.get(count);
    if (list) list.push(site);
    else groups.set(count, [site]);
  }
  return [...groups.entries()].map(([count, sites]) => ({ consumer, ...each, count, sites }));
}
