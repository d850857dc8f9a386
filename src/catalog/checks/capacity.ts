import type { CheckResult } from '../../validation/findings';
import { Severity } from '../../validation/severity';
import { formatCpu, formatMemory } from '../quantity';

/** What a site has to give, summed over its nodes (undefined when a node's figure is unknown). */
export interface SiteAllocatable {
  readonly site: string;
  readonly nodes: number;
  readonly cpuMillis?: number;
  readonly memoryBytes?: number;
}

/**
 * One consumer's demand on some sites: `count` instances (pods, or nodes for per-node
 * agents) of `cpuMillis` / `memoryBytes` each, in every site of `sites`.
 */
export interface Demand {
  /** Who asks, e.g. `DeploymentGrid "web"` or `DaemonSet "ingress-controller"`. */
  readonly consumer: string;
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly count: number;
  readonly sites: readonly string[];
}

/** Above this share of a site's allocatable, a warning (SE-Q02). */
export const CAPACITY_WARNING_SHARE = 0.9;
/** How many consumers a finding names. */
const LARGEST = 3;

interface Resource {
  readonly name: 'cpu' | 'memory';
  readonly of: (d: Demand) => number;
  readonly allocatable: (s: SiteAllocatable) => number | undefined;
  readonly format: (v: number) => string;
}

const RESOURCES: Resource[] = [
  { name: 'cpu', of: d => d.cpuMillis, allocatable: s => s.cpuMillis, format: formatCpu },
  { name: 'memory', of: d => d.memoryBytes, allocatable: s => s.memoryBytes, format: formatMemory },
];

/**
 * SE-Q01: a site's demand (requests of the pods that land there, DaemonSets and
 * platform agents per node) fits its allocatable; SE-Q02 (warning): it stays within
 * 90 % of it. Each finding names the site, the resource, demand vs allocatable and the
 * largest consumers. Sites without known figures are not checked. Pure.
 */
export function checkCapacity(source: string, sites: SiteAllocatable[], demands: Demand[]): CheckResult[] {
  const totals = new Map<string, number[]>();
  for (const s of sites) totals.set(s.site, RESOURCES.map(() => 0));
  for (const d of demands) {
    const add = RESOURCES.map(r => r.of(d) * d.count);
    if (add.every(v => v === 0)) continue;
    for (const site of d.sites) {
      const t = totals.get(site);
      if (t) for (let i = 0; i < add.length; i++) t[i] += add[i];
    }
  }
  const flagged: Array<{ s: SiteAllocatable; r: Resource; demand: number; allocatable: number }> = [];
  for (const s of sites) {
    const t = totals.get(s.site)!;
    RESOURCES.forEach((r, i) => {
      const allocatable = r.allocatable(s);
      if (allocatable !== undefined && t[i] > CAPACITY_WARNING_SHARE * allocatable) flagged.push({ s, r, demand: t[i], allocatable });
    });
  }
  if (flagged.length === 0) return [];
  // The consumers of the flagged sites only: one more pass over the demands.
  const consumers = new Map<string, Demand[]>(flagged.map(f => [f.s.site, []]));
  for (const d of demands) for (const site of d.sites) consumers.get(site)?.push(d);
  return flagged.map(({ s, r, demand, allocatable }) => {
    const over = demand > allocatable;
    const share = allocatable > 0 ? `${Math.round(demand * 100 / allocatable)} %` : 'no allocatable';
    return {
      ruleId: over ? 'SE-Q01' : 'SE-Q02',
      severity: over ? Severity.ERROR : Severity.WARNING,
      message: `site "${s.site}" (${source}) asks for ${r.name} ${r.format(demand)} but has ${r.format(allocatable)} allocatable on ${s.nodes} node${s.nodes === 1 ? '' : 's'} (${share}${over ? '' : `, over ${CAPACITY_WARNING_SHARE * 100} %`}); largest: ${largest(r, consumers.get(s.site)!)}`,
      fix: over
        ? `give site "${s.site}" more ${r.name} (nodes), or lower the requests or replicas of its largest consumers there (overrideSite), or take it out of some grids`
        : `leave headroom at site "${s.site}" for rolling updates (a Deployment's surge pods need it): more ${r.name}, or lower requests or replicas there`,
    };
  });
}

function largest(r: Resource, demands: Demand[]): string {
  const mine = demands
    .filter(d => r.of(d) > 0)
    .map(d => ({ d, total: r.of(d) * d.count }))
    .sort((a, b) => b.total - a.total || (a.d.consumer < b.d.consumer ? -1 : 1));
  return mine.slice(0, LARGEST).map(({ d, total }) => `${d.consumer} ${d.count} × ${r.format(r.of(d))} = ${r.format(total)}`).join(', ') || 'none';
}
