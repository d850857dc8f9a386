import { canonical } from '../internal/util';
import { shareFrozen } from '../render/yaml-writer';

/**
 * One template of a grid (`spec.template` or a `templatePool` entry) as the controller
 * copies it into the workload of every site that resolves to it, with only
 * `template.spec.nodeSelector[<grid key>]` set per site. Internal.
 *
 * The template is made canonical (keys sorted, undefined values dropped: what the
 * preview's objects always were) once, and frozen. Each site's `spec` is new only
 * along the path to the nodeSelector (`spec`, `spec.template`, `spec.template.spec`,
 * the nodeSelector itself); everything else (containers, volumes, the pod metadata,
 * the selector, ...) is the same frozen object for every site, which the YAML writer
 * then writes once per grid rather than once per site (see shareFrozen).
 */
export class SiteTemplate {
  private readonly spec: Level;
  private readonly pod: Level;
  private readonly podSpec: Level;
  private readonly nodeSelector: any;
  /** Whether the template's own nodeSelector is empty (the common case). */
  private readonly selectsNothingElse: boolean;

  /** `chosen`: the template as the grid holds it (not changed: it is copied). */
  public constructor(chosen: any) {
    // The same spreads the controller's copy amounts to: `{ ...chosen, template: { ...pod,
    // spec: { ...podSpec, nodeSelector: { ...nodeSelector, [key]: value } } } }`.
    const spec = shareFrozen(canonical({ ...(chosen ?? {}) }));
    const pod = spec.template ?? {};
    const podSpec = pod.spec ?? {};
    this.spec = level(spec, 'template');
    this.pod = level(pod, 'spec');
    this.podSpec = level(podSpec, 'nodeSelector');
    this.nodeSelector = podSpec.nodeSelector ?? {};
    this.selectsNothingElse = Object.keys({ ...this.nodeSelector }).length === 0;
  }

  /** The workload `spec` of the site where the grid key `key` has the value `value`: a new object, sharing the rest. */
  public specFor(key: string, value: string): any {
    // A computed key is defined, not assigned: `__proto__` stays a key.
    const nodeSelector = this.selectsNothingElse ? { [key]: value } : canonical({ ...this.nodeSelector, [key]: value });
    return this.spec.with(this.pod.with(this.podSpec.with(nodeSelector)));
  }
}

/** One object on the path to the nodeSelector: its keys in canonical order, one of them set per site. */
class Level {
  public constructor(private readonly base: any, private readonly keys: readonly string[], private readonly replaced: string) {}

  /** A new object with the base's keys and values, and `value` for the replaced key, in canonical order. */
  public with(value: any): any {
    const out: any = {};
    for (const k of this.keys) define(out, k, k === this.replaced ? value : this.base[k]);
    return out;
  }
}

/**
 * The level made of `value` spread (as `{ ...value }` does: an object's own keys; none
 * for null, undefined or a number) with the key `replaced` set: the keys sorted as
 * `canonical` sorts them, without the ones whose value is undefined.
 */
function level(value: any, replaced: string): Level {
  const base = { ...value };
  const keys = Object.keys(base).filter(k => k !== replaced && base[k] !== undefined);
  keys.push(replaced);
  keys.sort();
  return new Level(base, keys, replaced);
}

/** Sets a key; defined rather than assigned, so that a key `__proto__` stays a key (as in `canonical`). */
function define(out: any, k: string, v: any): void {
  if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}
