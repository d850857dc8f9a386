import { Output } from './read-output';
import { byString, canonical } from '../internal/util';

/** What SuperEdge writes on every node of a unit: `<unit>: nodeunits.superedge.io`. */
const UNIT_LABEL_VALUE = 'nodeunits.superedge.io';
/** The label and annotation a site's rollout wave may be read from. */
const WAVE_KEY = 'cdk8s-superedge.io/wave';
const GRID_KINDS: { [kind: string]: string } = { DeploymentGrid: 'Deployment', StatefulSetGrid: 'StatefulSet' };
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ReplicaSet']);
/** The grid template name meaning `spec.template` (NOTES §b.4). */
const DEFAULT_TEMPLATE = 'default';

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
 * Reads an output into sites and what the controllers will create there: for every
 * DeploymentGrid / StatefulSetGrid and every unit of its NodeGroup (listed, or matched
 * by the group's selector), the `<grid>-<unit>` workload with the template the
 * controller picks for that unit (`templates[unit]`, else `defaultTemplateName`,
 * `default` meaning `spec.template`), as the controller preview does (`expansions`,
 * resolved on demand). Workloads pinned to a unit by `<unit>: nodeunits.superedge.io`
 * or `<group>: <unit>` node selectors belong to that site; every other object is
 * cluster-wide. Give both states of a plan the same Interner. Internal.
 */
export function fleetStateOf(output: Output, interner: Interner = new Interner()): FleetState {
  const sites = new Map<string, SiteState>();
  const objects = new Map<string, { title: string; digest: string; body: any }>();
  const targets = new Set<string>();
  const groupObjects: { target: string; obj: any }[] = [];
  const grids: { target: string; obj: any }[] = [];
  const workloads: { target: string; obj: any }[] = [];

  for (const { target, object: o } of output.objects) {
    targets.add(target);
    if (o.kind === 'NodeUnit') {
      const wave = waveOf(o) ?? output.targetWaves.get(target);
      sites.set(`${target}/${o.metadata.name}`, {
        target,
        name: o.metadata.name,
        nodes: [...(o.spec?.nodes ?? [])].map(String).sort(byString),
        nodeLabels: { ...(o.spec?.setNode?.labels ?? {}) },
        taints: (o.spec?.setNode?.taints ?? []).map((t: any) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`).sort(byString),
        kins: o.spec?.autonomyLevel === 'L4' || o.spec?.autonomyLevel === 'L5',
        wave,
        unitLabels: { ...(o.metadata.labels ?? {}) },
        workloads: new Map(),
      });
      continue;
    }
    if (o.kind === 'NodeGroup') groupObjects.push({ target, obj: o });
    if (GRID_KINDS[o.kind]) {
      grids.push({ target, obj: o });
      continue;
    }
    if (WORKLOAD_KINDS.has(o.kind)) workloads.push({ target, obj: o });
    const key = objectKey(target, o);
    objects.set(key, { title: objectTitle(o), digest: String(interner.idOf(o)), body: o });
  }

  const groups = groupMembers(groupObjects, sites);
  const gridList = new Map<string, { name: string; kind: string; group: string }[]>();
  const expansions = new Map<string, GridState>();
  for (const { target, obj } of grids) {
    const spec = obj.spec ?? {};
    const key: string = spec.gridUniqKey ?? '';
    gridList.set(target, [...(gridList.get(target) ?? []), { name: obj.metadata.name, kind: obj.kind, group: key }]);
    const workloadKind = GRID_KINDS[obj.kind];
    const labels = obj.metadata.labels ?? {};
    const byTemplate = new Map<string, number>(); // template name -> interned id
    const idOfTemplate = (templateName: string): number => {
      let id = byTemplate.get(templateName);
      if (id === undefined) {
        const template = templateName === DEFAULT_TEMPLATE || templateName === '' ? spec.template : spec.templatePool?.[templateName];
        id = interner.idOf({ labels, template: template ?? { missing: `template "${templateName}" is not in templatePool` } });
        byTemplate.set(templateName, id);
      }
      return id;
    };
    const units = (groups.get(`${target}/${key}`) ?? []).filter(u => sites.has(`${target}/${u}`));
    expansions.set(`${target}/${workloadKind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name}`, {
      target,
      workloadKind,
      namespace: obj.metadata.namespace,
      name: obj.metadata.name,
      units,
      templateIdOf: (unit: string) => idOfTemplate(templateFor(spec, unit)),
      bodyOf: (id: number) => interner.bodyOf(id),
    });
  }

  const ingressSites = new Set<string>();
  for (const { target, obj } of workloads) {
    const selector = podNodeSelector(obj);
    const pinned = new Set<string>();
    for (const [k, v] of Object.entries(selector)) {
      if (v === UNIT_LABEL_VALUE && sites.has(`${target}/${k}`)) pinned.add(k);
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

/** `templates[unit]`, else `defaultTemplateName`, else `default` (NOTES §b.4). */
function templateFor(spec: any, unit: string): string {
  const templates = spec.templates ?? {};
  if (Object.prototype.hasOwnProperty.call(templates, unit)) return String(templates[unit]);
  return spec.defaultTemplateName || DEFAULT_TEMPLATE;
}

/** Members of each group: `spec.nodeUnits` and the units its `spec.selector` matches (unit metadata labels). */
function groupMembers(groupObjects: { target: string; obj: any }[], sites: Map<string, SiteState>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { target, obj } of groupObjects) {
    const members = new Set<string>((obj.spec?.nodeUnits ?? []).map(String));
    const selector = obj.spec?.selector;
    if (selector && (selector.matchLabels || selector.matchExpressions)) {
      for (const site of sites.values()) {
        if (site.target === target && matches(selector, site.unitLabels)) members.add(site.name);
      }
    }
    out.set(`${target}/${obj.metadata.name}`, [...members].sort(byString));
  }
  return out;
}

function matches(selector: any, labels: { [k: string]: string }): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values: string[] = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
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
