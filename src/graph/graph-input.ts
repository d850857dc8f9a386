import { byString } from '../internal/util';

/**
 * What a topology picture shows: plain data, easy to build from a model of
 * units, groups and grids (or by hand). Order does not matter: the renderers sort
 * everything by name.
 */
export interface GraphInput {
  /**
   * The clusters (EdgeClusters; a Kins unit is a unit of its cluster, marked `kins`).
   */
  readonly clusters: GraphCluster[];

  /**
   * The title of the picture and of the HTML page.
   * @default 'SuperEdge topology'
   */
  readonly title?: string;
}

/**
 * One cluster: its sites (units), the groups that hold them, and the grids on the groups.
 */
export interface GraphCluster {
  /** The cluster's name. */
  readonly name: string;

  /** Every unit (site) of the cluster, once, whichever groups hold it. */
  readonly units: GraphUnit[];

  /**
   * The groups (NodeGroups), each naming its member units.
   * @default - none: every unit is drawn in the cluster directly
   */
  readonly groups?: GraphGroup[];

  /**
   * The grids (DeploymentGrid, StatefulSetGrid, ServiceGrid), each attached to its group.
   * @default - none
   */
  readonly grids?: GraphGrid[];

  /**
   * The cluster's GitOps wave, shown in its title.
   * @default - not shown
   */
  readonly wave?: number;
}

/**
 * One site (a NodeUnit, or a Kins unit).
 */
export interface GraphUnit {
  /** The unit's name. */
  readonly name: string;

  /** How many nodes the unit has (0 when unknown, e.g. selected by labels). */
  readonly nodeCount: number;

  /**
   * The architectures of its nodes (e.g. `amd64`, `arm64`).
   * @default - not shown
   */
  readonly architectures?: string[];

  /**
   * Whether the unit is a Kins unit (its own K3s cluster): drawn with a double border.
   * @default false
   */
  readonly kins?: boolean;

  /**
   * Whether the unit runs an ingress entry point (MultiRegionIngress): marked `ingress`.
   * @default false
   */
  readonly ingress?: boolean;

  /**
   * The rollout wave the site is in: units are coloured by wave.
   * @default - no wave (drawn white)
   */
  readonly wave?: number;
}

/**
 * One group (NodeGroup): a set of units; a unit may be in several groups.
 */
export interface GraphGroup {
  /** The group's name. */
  readonly name: string;

  /** The names of its member units (units of the same cluster). */
  readonly units: string[];
}

/**
 * One grid, attached to the group that is its grid key.
 */
export interface GraphGrid {
  /** The grid's name. */
  readonly name: string;

  /** Its kind, shown as is: `DeploymentGrid`, `StatefulSetGrid` or `ServiceGrid`. */
  readonly kind: string;

  /** The name of its group (its `gridUniqKey`). */
  readonly group: string;
}

/** A checked, sorted copy of the input. Internal. */
export interface Fleet {
  readonly title: string;
  readonly clusters: FleetCluster[];
  /** Every wave any unit has, ascending. */
  readonly waves: number[];
}

/** A checked, sorted cluster. Internal. */
export interface FleetCluster {
  readonly name: string;
  readonly wave?: number;
  readonly units: Map<string, GraphUnit>;
  /** Groups sorted by name, with their units sorted by name. */
  readonly groups: { name: string; units: GraphUnit[] }[];
  /** Units in no group, sorted by name. */
  readonly loose: GraphUnit[];
  readonly grids: GraphGrid[];
}

/**
 * Checks the input (every problem at once, each with where it is and the fix) and
 * returns a sorted copy. Internal.
 */
export function fleetOf(input: GraphInput): Fleet {
  const problems: string[] = [];
  if (input === null || typeof input !== 'object' || !Array.isArray(input.clusters)) {
    throw new Error('topology graph: the input must be an object with a clusters list. Fix: pass e.g. { clusters: [{ name: \'edge\', units: [] }] }');
  }
  const title = input.title ?? 'SuperEdge topology';
  if (typeof title !== 'string') problems.push('title must be a string');
  const waves = new Set<number>();
  const clusters: FleetCluster[] = [];
  const clusterNames = new Set<string>();
  input.clusters.forEach((c, ci) => {
    const where = `clusters[${ci}]`;
    if (c === null || typeof c !== 'object') {
      problems.push(`${where} must be an object with a name and units`);
      return;
    }
    if (!isName(c.name)) problems.push(`${where}.name must be a non-empty string, got ${JSON.stringify(c.name)}`);
    else if (clusterNames.has(c.name)) problems.push(`${where}: cluster "${c.name}" is listed twice. Fix: list each cluster once`);
    clusterNames.add(c.name);
    checkWave(c.wave, `${where}.wave`, problems);
    const units = new Map<string, GraphUnit>();
    if (!Array.isArray(c.units)) problems.push(`${where}.units must be a list of units`);
    (Array.isArray(c.units) ? c.units : []).forEach((u, ui) => {
      const uw = `${where}.units[${ui}]`;
      if (u === null || typeof u !== 'object' || !isName(u.name)) {
        problems.push(`${uw}.name must be a non-empty string`);
        return;
      }
      if (units.has(u.name)) problems.push(`${uw}: unit "${u.name}" is listed twice in cluster "${c.name}". Fix: list each unit once (groups name their units)`);
      if (typeof u.nodeCount !== 'number' || !Number.isInteger(u.nodeCount) || u.nodeCount < 0) {
        problems.push(`${uw} ("${u.name}").nodeCount must be a whole number of at least 0, got ${JSON.stringify(u.nodeCount)}`);
      }
      if (u.architectures !== undefined && (!Array.isArray(u.architectures) || u.architectures.some(a => typeof a !== 'string'))) {
        problems.push(`${uw} ("${u.name}").architectures must be a list of strings`);
      }
      checkWave(u.wave, `${uw} ("${u.name}").wave`, problems);
      if (typeof u.wave === 'number') waves.add(u.wave);
      units.set(u.name, u);
    });
    const grouped = new Set<string>();
    const groups: { name: string; units: GraphUnit[] }[] = [];
    const groupNames = new Set<string>();
    (c.groups ?? []).forEach((g, gi) => {
      const gw = `${where}.groups[${gi}]`;
      if (g === null || typeof g !== 'object' || !isName(g.name) || !Array.isArray(g.units)) {
        problems.push(`${gw} must have a name and a list of unit names`);
        return;
      }
      if (groupNames.has(g.name)) problems.push(`${gw}: group "${g.name}" is listed twice. Fix: list each group once`);
      groupNames.add(g.name);
      const members: GraphUnit[] = [];
      for (const name of [...new Set(g.units)].sort(byString)) {
        const u = units.get(name);
        if (!u) {
          problems.push(`${gw} ("${g.name}") names unit ${JSON.stringify(name)}, which is not among the units of cluster "${c.name}". Fix: add it to the cluster's units`);
          continue;
        }
        members.push(u);
        grouped.add(name);
      }
      groups.push({ name: g.name, units: members });
    });
    const grids: GraphGrid[] = [];
    (c.grids ?? []).forEach((x, xi) => {
      const xw = `${where}.grids[${xi}]`;
      if (x === null || typeof x !== 'object' || !isName(x.name) || !isName(x.kind) || !isName(x.group)) {
        problems.push(`${xw} must have a name, a kind and a group`);
        return;
      }
      if (!groupNames.has(x.group)) problems.push(`${xw} ("${x.name}") is attached to group "${x.group}", which is not a group of cluster "${c.name}". Fix: add the group, or attach the grid to one of ${[...groupNames].join(', ') || '(no groups)'}`);
      else grids.push(x);
    });
    clusters.push({
      name: c.name,
      wave: c.wave,
      units,
      groups: groups.sort((a, b) => byString(a.name, b.name)),
      loose: [...units.values()].filter(u => !grouped.has(u.name)).sort((a, b) => byString(a.name, b.name)),
      grids: grids.sort((a, b) => byString(a.group, b.group) || byString(a.name, b.name) || byString(a.kind, b.kind)),
    });
  });
  if (problems.length > 0) throw new Error(`topology graph: the input has problems:\n  ${problems.join('\n  ')}`);
  return { title, clusters: clusters.sort((a, b) => byString(a.name, b.name)), waves: [...waves].sort((a, b) => a - b) };
}

function isName(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0;
}

function checkWave(w: unknown, where: string, problems: string[]): void {
  if (w !== undefined && (typeof w !== 'number' || !Number.isInteger(w) || w < 0)) {
    problems.push(`${where} must be a whole number of at least 0, got ${JSON.stringify(w)}`);
  }
}

/** The colours of waves 1, 2, ... in order (light fills, readable with black text). */
const WAVE_COLOURS = ['#cfe8ff', '#d4f5d0', '#fff1b8', '#ffd8c2', '#ead7ff', '#c9f2ee', '#ffd3e4', '#e6e6c8'];
/** The fill of a unit without a wave. */
export const NO_WAVE_COLOUR = '#ffffff';

/** The fill of a wave: its index among the fleet's waves picks a colour. Internal. */
export function waveColour(fleet: Fleet, wave: number | undefined): string {
  if (wave === undefined) return NO_WAVE_COLOUR;
  return WAVE_COLOURS[fleet.waves.indexOf(wave) % WAVE_COLOURS.length];
}

/** One line describing a unit: node count and architectures. Internal. */
export function unitFacts(u: GraphUnit): string {
  const nodes = `${u.nodeCount} node${u.nodeCount === 1 ? '' : 's'}`;
  const archs = [...new Set(u.architectures ?? [])].sort(byString);
  return archs.length > 0 ? `${nodes}, ${archs.join('/')}` : nodes;
}

/** The marks of a unit (Kins, ingress). Internal. */
export function unitMarks(u: GraphUnit): string[] {
  return [...(u.kins ? ['Kins'] : []), ...(u.ingress ? ['ingress'] : [])];
}

/** A summary of a collapsed set of units: count, nodes, per-wave counts. Internal. */
export function collapsedSummary(units: GraphUnit[]): string[] {
  const nodes = units.reduce((n, u) => n + u.nodeCount, 0);
  const byWave = new Map<string, number>();
  for (const u of units) {
    const k = u.wave === undefined ? 'no wave' : `wave ${u.wave}`;
    byWave.set(k, (byWave.get(k) ?? 0) + 1);
  }
  const waves = [...byWave].sort(([a], [b]) => byString(a, b)).map(([k, n]) => `${k}: ${n}`).join(', ');
  const kins = units.filter(u => u.kins).length;
  const ingress = units.filter(u => u.ingress).length;
  return [
    `${units.length} units, ${nodes} nodes`,
    waves,
    ...(kins > 0 ? [`${kins} Kins`] : []),
    ...(ingress > 0 ? [`${ingress} ingress`] : []),
  ];
}
