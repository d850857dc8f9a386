import { Output, OutputObject } from './read-output';
import { UsageError } from '../cli/usage-error';
import { byString, canonical } from '../internal/util';
import { ManifestShapeError, modelFromManifests } from '../model/from-manifests';
import type { ModelGrid, TopologyModel } from '../model/types';
import { NODE_UNIT_LABEL_VALUE } from '../superedge/labels';
import { gridWorkloadName } from '../superedge/names';
import { resolveTemplateName } from '../superedge/templates';

/** The label and annotation a site's rollout wave may be read from. */
const WAVE_KEY = 'cdk8s-superedge.io/wave';
const GRID_KINDS: { [kind: string]: string } = { DeploymentGrid: 'Deployment', StatefulSetGrid: 'StatefulSet' };
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet']);

/** One site (NodeUnit) of a target. */
export interface SiteState {
  readonly target: string;
  readonly name: string;
  readonly nodes: string[];
  /** `spec.setNode.labels`. */
  readonly nodeLabels: { [key: string]: string };
  /** `spec.setNode.taints`, as `key=value:effect`. */
  readonly taints: string[];
  readonly kins: boolean;
  readonly wave?: number;
  /** The NodeUnit's own labels (what group selectors match). */
  readonly unitLabels: { [key: string]: string };
  /** Your workloads pinned to the site (by its unit label): kind/namespace/name -> what they are made of. */
  readonly workloads: Map<string, SiteWorkload>;
}

/**
 * A grid and what its controller creates: for every member unit of its group, the
 * `<grid>-<unit>` workload made of the template the unit resolves to. Templates are
 * interned (`templateIdOf`): a site is compared by one number per grid.
 */
export interface GridState {
  readonly target: string;
  /** `Deployment` or `StatefulSet`: what the controller creates. */
  readonly workloadKind: string;
  readonly namespace?: string;
  readonly name: string;
  /** The member units of its group. */
  readonly units: string[];
  /** The name of the unit's workload (`<grid>-<unit>`). */
  workloadName(unit: string): string;
  /** The interned id of what the unit's workload is made of (grid labels and resolved template). */
  templateIdOf(unit: string): number;
  /** The body of an interned id. */
  bodyOf(id: number): any;
}

/** A workload pinned to a site; `digest` identifies its content. */
export interface SiteWorkload {
  readonly title: string;
  readonly digest: string;
  readonly body: any;
}

/** A target's state: its sites, and every other object by key. */
export interface FleetState {
  /** Sites by `<target>/<unit>`. */
  readonly sites: Map<string, SiteState>;
  /** Cluster-wide objects by `<target>/<kind>/<namespace>/<name>`: digest and title. */
  readonly objects: Map<string, { title: string; digest: string; body: any }>;
  readonly targets: Set<string>;
  /** Ingress sites by `<target>/<unit>` (an ingress-nginx controller pinned to them). */
  readonly ingressSites: Set<string>;
  /** Groups by `<target>/<group>`: their member units, sorted. */
  readonly groups: Map<string, string[]>;
  /** Grids by target: name, kind, group. */
  readonly grids: Map<string, { name: string; kind: string; group: string }[]>;
  /** What the grid controllers create, by `<target>/<workload kind>/<namespace>/<grid>`. */
  readonly expansions: Map<string, GridState>;
}

/**
 * Interns contents: equal canonical JSON, equal id. Shared by the two states a plan
 * compares, so ids compare across them. Internal.
 */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly bodies: any[] = [];

  public idOf(body: any): number {
    const key = JSON.stringify(canonical(body));
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.bodies.length;
      this.ids.set(key, id);
      this.bodies.push(body);
    }
    return id;
  }

  public bodyOf(id: number): any {
    return this.bodies[id];
  }
}

/**
 * Reads an output into the topology model (`modelFromManifests`, one model per
 * target), then into sites and what the controllers will create there: for every
 * DeploymentGrid / StatefulSetGrid and every member unit of its NodeGroup (the
 * model's `memberIds`: listed, or matched by the group's selector), the
 * `<grid>-<unit>` workload (`gridWorkloadName`) with the template the controller picks
 * for that unit (`resolveTemplateName`: the logic the controller preview renders with),
 * resolved on demand (`expansions`). Workloads pinned to a unit by `<unit>: nodeunits.superedge.io`
 * or `<group>: <unit>` node selectors belong to that site; every other object is
 * cluster-wide. Give both states of a plan the same Interner. Internal.
 */
export function fleetStateOf(output: Output, interner: Interner = new Interner()): FleetState {
  const sites = new Map<string, SiteState>();
  const objects = new Map<string, { title: string; digest: string; body: any }>();
  const targets = new Set<string>();
  const groups = new Map<string, string[]>();
  const gridList = new Map<string, { name: string; kind: string; group: string }[]>();
  const expansions = new Map<string, GridState>();
  const workloads: { target: string; obj: any }[] = [];

  const byTarget = new Map<string, OutputObject[]>();
  for (const item of output.objects) {
    targets.add(item.target);
    const list = byTarget.get(item.target);
    if (list) list.push(item);
    else byTarget.set(item.target, [item]);
  }
  for (const [target, items] of [...byTarget].sort(([a], [b]) => byString(a, b))) {
    const model = modelOf(items);
    const rawUnits = new Map<string, any>();
    for (const { object: o } of items) {
      if (isSuperEdge(o, 'NodeUnit')) {rawUnits.set(o.metadata.name, o);} else if (!GRID_KINDS[o.kind] || !isSuperEdge(o, o.kind)) {
        if (WORKLOAD_KINDS.has(o.kind)) workloads.push({ target, obj: o });
        objects.set(objectKey(target, o), { title: objectTitle(o), digest: String(interner.idOf(o)), body: o });
      }
    }
    for (const u of model.units) {
      const raw = rawUnits.get(u.name);
      sites.set(`${target}/${u.name}`, {
        target,
        name: u.name,
        nodes: [...(u.nodeNames ?? [])],
        nodeLabels: { ...u.nodeLabels },
        taints: u.taints.map(t => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).sort(byString),
        kins: u.kins !== undefined,
        wave: waveOf(raw) ?? output.targetWaves.get(target),
        unitLabels: { ...u.unitLabels },
        workloads: new Map(),
      });
    }
    const unitName = (id: string) => model.unitsById.get(id);
    for (const g of model.groups) {
      groups.set(`${target}/${g.name}`, g.memberIds.map(unitName).filter(u => u?.declared).map(u => u!.name).sort(byString));
    }
    for (const grid of model.grids) {
      gridList.set(target, [...(gridList.get(target) ?? []), { name: grid.name, kind: grid.kind, group: grid.groupName }]);
      expansions.set(`${target}/${GRID_KINDS[grid.kind]}/${grid.namespace ?? ''}/${grid.name}`, expansionOf(target, grid, model, interner));
    }
  }

  // Your workloads pinned to one site by its unit's (or a group's) node label belong to that site.
  const ingressSites = new Set<string>();
  for (const { target, obj } of workloads) {
    const selector = podNodeSelector(obj);
    const pinned = new Set<string>();
    for (const [k, v] of Object.entries(selector)) {
      if (v === NODE_UNIT_LABEL_VALUE && sites.has(`${target}/${k}`)) pinned.add(k);
      else if (groups.has(`${target}/${k}`) && sites.has(`${target}/${v}`)) pinned.add(String(v));
    }
    if (pinned.size !== 1) continue; // not pinned to one site: cluster-wide
    const [unit] = pinned;
    const siteKey = `${target}/${unit}`;
    const key = objectKey(target, obj);
    const entry = objects.get(key)!;
    objects.delete(key);
    sites.get(siteKey)!.workloads.set(`${obj.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}`, { title: entry.title, digest: entry.digest, body: obj });
    if (obj.metadata.labels?.['app.kubernetes.io/name'] === 'ingress-nginx') ingressSites.add(siteKey);
  }
  return { sites, objects, targets, ingressSites, groups, grids: gridList, expansions };
}

/** The model of one target's documents; a document of the wrong shape is bad input (exit 2). */
function modelOf(items: OutputObject[]): TopologyModel {
  try {
    return modelFromManifests(items.map(i => i.document));
  } catch (e) {
    if (e instanceof ManifestShapeError) throw new UsageError(e.message);
    throw e;
  }
}

/** What the controller creates for a grid: `<grid>-<unit>` per member unit, with the template resolveTemplateName picks. */
function expansionOf(target: string, grid: ModelGrid, model: TopologyModel, interner: Interner): GridState {
  const byTemplate = new Map<string, number>(); // template name ('' for spec.template) -> interned id
  const idOfTemplate = (name: string | undefined): number => {
    const key = name ?? '';
    let id = byTemplate.get(key);
    if (id === undefined) {
      const template = name === undefined ? grid.template : grid.templatePool[name];
      id = interner.idOf({ labels: grid.labels, template: template ?? { missing: `template "${name}" is not in templatePool` } });
      byTemplate.set(key, id);
    }
    return id;
  };
  const members = model.groupsById.get(grid.groupId)?.memberIds ?? [];
  const units = members.map(id => model.unitsById.get(id)).filter(u => u?.declared).map(u => u!.name);
  return {
    target,
    workloadKind: GRID_KINDS[grid.kind],
    namespace: grid.namespace,
    name: grid.name,
    units,
    workloadName: (unit: string) => gridWorkloadName(grid.name, unit),
    templateIdOf: (unit: string) => idOfTemplate(resolveTemplateName(grid, unit)),
    bodyOf: (id: number) => interner.bodyOf(id),
  };
}

function isSuperEdge(o: any, kind: string): boolean {
  const group = typeof o.apiVersion === 'string' ? o.apiVersion.split('/')[0] : '';
  return o.kind === kind && (group === 'site.superedge.io' || group === 'superedge.io');
}


function podNodeSelector(obj: any): { [k: string]: string } {
  const spec = obj.kind === 'CronJob' ? obj.spec?.jobTemplate?.spec : obj.spec;
  return spec?.template?.spec?.nodeSelector ?? {};
}

function waveOf(o: any): number | undefined {
  const raw = o.metadata?.labels?.[WAVE_KEY] ?? o.metadata?.annotations?.[WAVE_KEY];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** `<target>/<kind>.<group>/<namespace>/<name>`. */
function objectKey(target: string, o: any): string {
  const group = typeof o.apiVersion === 'string' && o.apiVersion.includes('/') ? `.${o.apiVersion.split('/')[0]}` : '';
  return `${target}/${o.kind}${group}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
}

function objectTitle(o: any): string {
  return `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}
