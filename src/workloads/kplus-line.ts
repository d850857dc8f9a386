/**
 * One cdk8s-plus line per app (SE-V01). cdk8s-superedge is built on cdk8s-plus-27: its
 * grids are cdk8s-plus-27 workloads. A project made by `cdk8s init typescript-app` comes
 * with cdk8s-plus-33, whose objects TypeScript refuses in a grid, but JavaScript and the
 * other jsii languages pass them through and get a mixed, silently wrong app. jsii
 * classes carry their fully qualified name (`cdk8s-plus-33.Volume`) in the static
 * `Symbol.for('jsii.rtti')`, so objects of another line can be recognised: the EdgeCluster
 * puts them in the topology model, and the rule SE-V01 (validation/rules/workloads/
 * OneKplusLine.ts) refuses them. Internal.
 */
import * as kplus from 'cdk8s-plus-27';
import { IConstruct } from 'constructs';
import type { ModelKplusObject } from '../model/types';

/** The cdk8s-plus line the library is built on (its peer dependency). */
export const KPLUS_LINE = 'cdk8s-plus-27';

const RTTI = Symbol.for('jsii.rtti');
/** How deep the fields of a pod are searched (pod > container > mount > volume > ...). */
const MAX_DEPTH = 5;

/** The jsii fully qualified name of an object's class (`cdk8s-plus-33.Volume`), if it has one. */
export function jsiiFqn(obj: unknown): string | undefined {
  if (obj === null || typeof obj !== 'object') return undefined;
  const fqn = read(() => (obj as any).constructor?.[RTTI]?.fqn);
  return typeof fqn === 'string' ? fqn : undefined;
}

/** The cdk8s-plus line of an object other than cdk8s-plus-27 (`cdk8s-plus-33`), or undefined. */
export function foreignKplusLine(obj: unknown): string | undefined {
  const m = /^(cdk8s-plus-\d+)\./.exec(jsiiFqn(obj) ?? '');
  return m && m[1] !== KPLUS_LINE ? m[1] : undefined;
}

/** An object of another cdk8s-plus line, where it was found, and the object itself (to report it once). */
export interface ForeignKplusObject extends ModelKplusObject {
  readonly object: object;
}

/**
 * The objects of another cdk8s-plus line among the fields of a value (a pod's
 * containers, volumes, service account...), searched a few levels deep through plain
 * data and cdk8s-plus-27 objects (never through a construct's `node`: the construct tree
 * is walked on its own).
 */
export function foreignObjectsIn(value: unknown, where: string, depth = 0, seen = new Set<object>()): ForeignKplusObject[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const line = foreignKplusLine(value);
  if (line) return [{ where, fqn: jsiiFqn(value)!, line, object: value }];
  if (depth >= MAX_DEPTH || (depth > 0 && !searchable(value))) return [];
  const out: ForeignKplusObject[] = [];
  for (const [suffix, child] of fieldsOf(value)) out.push(...foreignObjectsIn(child, where + suffix, depth + 1, seen));
  return out;
}

/**
 * Whether the fields of an object are searched: arrays, maps, plain objects and
 * cdk8s-plus-27 objects (containers, volumes, env...), not the library's own constructs
 * or cdk8s' (a grid's cluster and NodeGroup hold the whole topology).
 */
function searchable(value: object): boolean {
  if (Array.isArray(value) || value instanceof Map) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || (jsiiFqn(value) ?? '').startsWith(`${KPLUS_LINE}.`);
}

/**
 * The children of an object as (path suffix, value) pairs: array items, map values and
 * own fields (`_containers` shown as `.containers`), a construct's `node` left out.
 */
function fieldsOf(value: object): Array<[string, unknown]> {
  if (Array.isArray(value)) return value.map((v, i) => [`[${i}]`, v]);
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [`[${JSON.stringify(String(k))}]`, v]);
  return Object.keys(value).filter(k => k !== 'node').map(k => [`.${k.replace(/^_/, '')}`, read(() => (value as any)[k])]);
}

/** A field's value, or undefined when reading it throws (a getter of a user's object). */
function read(get: () => unknown): unknown {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * The objects of another cdk8s-plus line under `scope`: constructs of that line (a
 * cdk8s-plus-33 Deployment in the cluster) and objects given to a cdk8s-plus-27 pod or
 * workload, grids included (a cdk8s-plus-33 Volume, ConfigMap, Secret, ServiceAccount
 * or env value). Each object once, and a construct of another line without its own
 * children; in construct-tree order.
 */
export function foreignKplusObjects(scope: IConstruct): ModelKplusObject[] {
  const found: ForeignKplusObject[] = [];
  const constructs = scope.node.findAll();
  for (const c of constructs) {
    if (c instanceof kplus.AbstractPod) found.push(...foreignObjectsIn(c, c.node.path));
  }
  const foreign = new Set<IConstruct>();
  for (const c of constructs) {
    const line = foreignKplusLine(c);
    if (!line) continue;
    foreign.add(c);
    // Its own children (a cdk8s-plus-33 Deployment's KubeDeployment) are part of it.
    if (!c.node.scopes.slice(0, -1).some(s => foreign.has(s))) found.push({ where: c.node.path, fqn: jsiiFqn(c)!, line, object: c });
  }
  const reported = new Set<object>();
  const out: ModelKplusObject[] = [];
  for (const f of found) {
    if (reported.has(f.object)) continue;
    reported.add(f.object);
    out.push({ where: f.where, fqn: f.fqn, line: f.line });
  }
  return out;
}
