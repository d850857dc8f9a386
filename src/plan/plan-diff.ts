import { FleetState, SiteState, SiteWorkload } from './fleet-state';
import { byString } from '../internal/util';

/** What changes at one site. */
export interface SiteChange {
  /** The site: the unit's name, or `<target>/<unit>` when units of several targets share names. */
  readonly site: string;
  /** `added` (a new site), `removed`, or `changed`. */
  readonly status: 'added' | 'removed' | 'changed';
  /** The rollout wave the site is in (HEAD's, else BASE's), when known. */
  readonly wave?: number;
  /** Workloads added at the site (created by the grid controllers, or pinned to it). */
  readonly added: string[];
  readonly removed: string[];
  /** Workloads changed, with what changed (image, replicas, env, resources, ...). */
  readonly changed: { name: string; what: string[] }[];
  /** Node labels (`setNode.labels`) added, removed or changed, as `key: old -> new`. */
  readonly nodeLabels: string[];
  /** Node taints added (`+`) or removed (`-`). */
  readonly taints: string[];
  /** Nodes added (`+`) or removed (`-`). */
  readonly nodes: string[];
}

/** The plan: per site, and the cluster-wide objects. */
export interface Plan {
  readonly sitesChanged: number;
  readonly sites: SiteChange[];
  readonly objects: { added: string[]; removed: string[]; changed: string[] };
}

/**
 * Compares two fleet states (built with one Interner): every site whose workloads (as
 * the controllers will create them), node labels, taints or nodes differ, and every
 * other object added, removed or changed. Grid workloads are compared by interned
 * template id, one lookup per grid and site; what changed is worked out once per pair
 * of distinct templates, so a change of a shared template across 5,000 sites costs one
 * comparison. Internal.
 */
export function computePlan(base: FleetState, head: FleetState): Plan {
  const names = displayNames(base, head);
  const describe = new Map<string, string[]>();
  const what = (key: string, a: () => any, b: () => any): string[] => {
    let w = describe.get(key);
    if (!w) {
      w = describeChange(a(), b());
      describe.set(key, w);
    }
    return w;
  };
  const acc = new Map<string, Accumulated>();
  const at = (site: string): Accumulated => {
    let a = acc.get(site);
    if (!a) {
      a = { added: [], removed: [], changed: [] };
      acc.set(site, a);
    }
    return a;
  };

  // What the grid controllers create, grid by grid.
  for (const key of [...new Set([...base.expansions.keys(), ...head.expansions.keys()])].sort(byString)) {
    const b = base.expansions.get(key);
    const h = head.expansions.get(key);
    const g = (h ?? b)!;
    const inBase = new Set(b?.units ?? []);
    const inHead = new Set(h?.units ?? []);
    for (const unit of new Set([...inBase, ...inHead])) {
      const site = `${g.target}/${unit}`;
      const title = `${g.workloadKind} ${g.namespace ? `${g.namespace}/` : ''}${g.workloadName(unit)}`;
      if (!inBase.has(unit)) {at(site).added.push(title);} else if (!inHead.has(unit)) {at(site).removed.push(title);} else {
        const bid = b!.templateIdOf(unit);
        const hid = h!.templateIdOf(unit);
        if (bid !== hid) at(site).changed.push({ name: title, what: what(`${bid}/${hid}`, () => b!.bodyOf(bid), () => h!.bodyOf(hid)) });
      }
    }
  }

  const sites: SiteChange[] = [];
  for (const key of [...new Set([...base.sites.keys(), ...head.sites.keys()])]) {
    const grids = acc.get(key) ?? { added: [], removed: [], changed: [] };
    const change = siteChange(names.get(key)!, base.sites.get(key), head.sites.get(key), grids, what);
    if (change) sites.push(change);
  }
  sites.sort((x, y) => byString(x.site, y.site));
  return { sitesChanged: sites.length, sites, objects: objectChanges(base, head) };
}

interface Accumulated {
  readonly added: string[];
  readonly removed: string[];
  readonly changed: { name: string; what: string[] }[];
}

function siteChange(site: string, b: SiteState | undefined, h: SiteState | undefined, grids: Accumulated,
  what: (key: string, a: () => any, b: () => any) => string[]): SiteChange | undefined {
  const bw = b?.workloads ?? new Map<string, SiteWorkload>();
  const hw = h?.workloads ?? new Map<string, SiteWorkload>();
  const added = [...grids.added];
  const removed = [...grids.removed];
  const changed = [...grids.changed];
  for (const [k, w] of hw) {
    const old = bw.get(k);
    if (!old) added.push(w.title);
    else if (old.digest !== w.digest) changed.push({ name: w.title, what: what(`${old.digest}/${w.digest}`, () => old.body, () => w.body) });
  }
  for (const [k, w] of bw) if (!hw.has(k)) removed.push(w.title);
  const nodeLabels = mapChanges(b?.nodeLabels ?? {}, h?.nodeLabels ?? {});
  const taints = setChanges(b?.taints ?? [], h?.taints ?? []);
  const nodes = setChanges(b?.nodes ?? [], h?.nodes ?? []);
  const status = !b ? 'added' : !h ? 'removed' : 'changed';
  if (status === 'changed' && added.length + removed.length + changed.length + nodeLabels.length + taints.length + nodes.length === 0) return undefined;
  return {
    site,
    status,
    wave: h?.wave ?? b?.wave,
    added: added.sort(byString),
    removed: removed.sort(byString),
    changed: changed.sort((x, y) => byString(x.name, y.name)),
    nodeLabels,
    taints,
    nodes,
  };
}

/** Unit names, or `<target>/<unit>` when two targets have units of one name. */
function displayNames(base: FleetState, head: FleetState): Map<string, string> {
  const all = [...new Set([...base.sites.keys(), ...head.sites.keys()])];
  const unitOf = (k: string) => k.slice(k.indexOf('/') + 1);
  const counts = new Map<string, number>();
  for (const k of all) counts.set(unitOf(k), (counts.get(unitOf(k)) ?? 0) + 1);
  const qualify = [...counts.values()].some(n => n > 1);
  return new Map(all.map(k => [k, qualify ? k : unitOf(k)]));
}

function objectChanges(base: FleetState, head: FleetState): Plan['objects'] {
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  const qualify = new Set([...base.targets, ...head.targets]).size > 1;
  const title = (key: string, t: string) => (qualify ? `${t} (${key.slice(0, key.indexOf('/'))})` : t);
  for (const [k, o] of head.objects) {
    const old = base.objects.get(k);
    if (!old) added.push(title(k, o.title));
    else if (old.digest !== o.digest) changed.push(title(k, o.title));
  }
  for (const [k, o] of base.objects) if (!head.objects.has(k)) removed.push(title(k, o.title));
  return { added: added.sort(byString), removed: removed.sort(byString), changed: changed.sort(byString) };
}

function mapChanges(a: { [k: string]: string }, b: { [k: string]: string }): string[] {
  const out: string[] = [];
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byString)) {
    if (a[k] === b[k]) continue;
    out.push(`${k}: ${a[k] ?? '(none)'} -> ${b[k] ?? '(none)'}`);
  }
  return out;
}

function setChanges(a: string[], b: string[]): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  return [...b.filter(x => !sa.has(x)).map(x => `+${x}`), ...a.filter(x => !sb.has(x)).map(x => `-${x}`)].sort((x, y) => byString(x.slice(1), y.slice(1)));
}

/** What differs between two workload bodies: replicas, each container's image, env, resources, then other fields. */
export function describeChange(a: any, b: any): string[] {
  const sa = specOf(a);
  const sb = specOf(b);
  const out: string[] = [];
  if (JSON.stringify(sa?.replicas) !== JSON.stringify(sb?.replicas)) out.push(`replicas ${show(sa?.replicas)} -> ${show(sb?.replicas)}`);
  const ca = containersOf(sa);
  const cb = containersOf(sb);
  for (const name of [...new Set([...ca.keys(), ...cb.keys()])].sort(byString)) {
    const x = ca.get(name);
    const y = cb.get(name);
    if (!x) { out.push(`container ${name} added`); continue; }
    if (!y) { out.push(`container ${name} removed`); continue; }
    if (x.image !== y.image) out.push(`image ${name}: ${show(x.image)} -> ${show(y.image)}`);
    if (JSON.stringify(x.env ?? []) !== JSON.stringify(y.env ?? [])) out.push(`env ${name}: ${envChanges(x.env ?? [], y.env ?? [])}`);
    if (JSON.stringify(x.resources ?? {}) !== JSON.stringify(y.resources ?? {})) out.push(`resources ${name}: ${leafChanges(x.resources ?? {}, y.resources ?? {}).join(', ')}`);
  }
  if (out.length === 0 || JSON.stringify(strip(a)) !== JSON.stringify(strip(b))) {
    const others = leafChanges(strip(a), strip(b));
    if (others.length > 0) out.push(`other fields: ${others.slice(0, 5).map(p => p.split(':')[0]).join(', ')}${others.length > 5 ? ` and ${others.length - 5} more` : ''}`);
  }
  return out;
}

/** The workload spec: a grid's resolved template (`body.template`) or a workload's `spec`. */
function specOf(body: any): any {
  return body?.template ?? body?.spec ?? {};
}

function containersOf(spec: any): Map<string, any> {
  const pod = spec?.template?.spec ?? spec?.jobTemplate?.spec?.template?.spec ?? {};
  return new Map((pod.containers ?? []).map((c: any) => [String(c.name), c]));
}

/** The body without what describeChange reports on its own (replicas, container image/env/resources). */
function strip(body: any): any {
  const copy = JSON.parse(JSON.stringify(body ?? {}));
  const spec = copy.template ?? copy.spec ?? {};
  delete spec.replicas;
  const pod = spec?.template?.spec ?? spec?.jobTemplate?.spec?.template?.spec;
  for (const c of pod?.containers ?? []) {
    delete c.image;
    delete c.env;
    delete c.resources;
  }
  return copy;
}

function envChanges(a: any[], b: any[]): string {
  const ma = new Map(a.map(e => [e.name, JSON.stringify(e)]));
  const mb = new Map(b.map(e => [e.name, JSON.stringify(e)]));
  const out: string[] = [];
  for (const n of [...new Set([...ma.keys(), ...mb.keys()])].sort(byString)) {
    if (!ma.has(n)) out.push(`+${n}`);
    else if (!mb.has(n)) out.push(`-${n}`);
    else if (ma.get(n) !== mb.get(n)) out.push(`~${n}`);
  }
  return out.join(' ') || 'order';
}

/** Leaf paths that differ, as `path: old -> new`. */
function leafChanges(a: any, b: any, prefix = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const isObj = (x: any) => x !== null && typeof x === 'object' && !Array.isArray(x);
  if (isObj(a) && isObj(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byString)
      .flatMap(k => leafChanges(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  return [`${prefix || '(root)'}: ${show(a)} -> ${show(b)}`];
}

function show(v: any): string {
  if (v === undefined) return '(none)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
