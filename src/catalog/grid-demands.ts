import type { Demand } from './checks/capacity';
import { podRequests } from './pod-requests';
import { gridValues } from '../model/queries';
import type { ModelCapacity, ModelGrid, TopologyModel } from '../model/types';
import { DEFAULT_TEMPLATE_NAME } from '../superedge/templates';

/**
 * What the grids ask of the sites, derived from the topology model (SE-Q01 / SE-Q02):
 * for every grid and each of its sites (`gridValues`, src/model/queries.ts), the site's template (its templatePool
 * entry when `templates` names one: overrides and rollouts included), `replicas` × the
 * pod's requests. Computed once per model (a model never changes). Internal.
 */
const DEMANDS = new WeakMap<TopologyModel, readonly Demand[]>();

export function gridDemands(model: TopologyModel): readonly Demand[] {
  let demands = DEMANDS.get(model);
  if (!demands) {
    demands = model.grids.flatMap(g => demandsOf(model, g));
    DEMANDS.set(model, demands);
  }
  return demands;
}

/** Everything that lands on a catalogue's sites: the grids' pods, then the capacity's own demands (DaemonSets, agents). */
export function siteDemands(model: TopologyModel, capacity: ModelCapacity): Demand[] {
  const names = new Set(capacity.sites.map(s => s.site));
  return [
    ...gridDemands(model).map(d => ({ ...d, sites: d.sites.filter(s => names.has(s)) })).filter(d => d.sites.length > 0),
    ...capacity.demands,
  ];
}

function demandsOf(model: TopologyModel, grid: ModelGrid): Demand[] {
  const bySite = new Map<string, string[]>();
  for (const site of gridValues(model, grid)) {
    const name = Object.prototype.hasOwnProperty.call(grid.templates, site) ? grid.templates[site] : DEFAULT_TEMPLATE_NAME;
    const list = bySite.get(name);
    if (list) list.push(site);
    else bySite.set(name, [site]);
  }
  const out: Demand[] = [];
  for (const [name, sites] of bySite) {
    const template = name === DEFAULT_TEMPLATE_NAME ? grid.template : grid.templatePool[name];
    if (!template) continue; // SE-P04 reports it
    out.push({
      consumer: `${grid.kind} "${grid.name}"${name === DEFAULT_TEMPLATE_NAME ? '' : ` (template "${name}")`}`,
      ...podRequests(template.template?.spec),
      count: typeof template.replicas === 'number' ? template.replicas : 1,
      sites,
    });
  }
  return out;
}
