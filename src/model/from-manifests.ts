import { TopologyModelBuilder, defaultCluster } from './builder';
import { gridFromObject, serviceGridFromObject } from './grids';
import { objectElement } from './objects';
import type { ModelCluster, ModelSelector, ModelTaint, TopologyModel } from './types';
import { EDGE_HEALTH_CONFIG_NAME, GRID_SELECTOR_LABEL, KINS_TAINT_KEY, NODE_UNIT_LABEL_VALUE } from '../superedge/labels';

/**
 * Builds the TopologyModel from parsed manifests: the NodeUnits and NodeGroups of the
 * documents, as the library writes them and as people write them by hand. Every
 * element's origin is `file#doc` (doc 1-based). What the files do not define (a unit a
 * group names but no file declares) is known by name only (`declared: false`): unknown,
 * never wrong. Cluster facts are not in manifests: they come from `cluster` (e.g. CLI
 * flags) or are left unset, so the rules that need them do not run. Documents of other
 * kinds are ignored here. Grids (`superedge.io/v1` DeploymentGrid, StatefulSetGrid,
 * ServiceGrid) are read too; a group they name that no file declares is unknown.
 * Any other object that carries the grid-selector label (and no ownerReferences, so
 * not one the controllers made) is recorded as a labelled object. Workloads' add-on
 * facts (ENI, cross-region proxy, GPU placement) are only known from constructs.
 * An `edge-health-config` ConfigMap is an edge-health element: its mode and check-units
 * are read; whether a DaemonSet (and its HMAC key) runs is not in it, and is taken as
 * not (so SE-H06 / SE-H07 do not run on manifests). Multi-region ingresses are not
 * read from manifests (their Ingress objects do not say which belong together).
 * Internal.
 */

/** One parsed document. */
export interface ManifestDocument {
  readonly file: string;
  /** 1-based position of the document in its file. */
  readonly doc: number;
  /** For an item of a `kind: List`, its 1-based position in `items`. */
  readonly item?: number;
  readonly object: any;
}

/** A document that does not have the shape its kind requires. */
export class ManifestShapeError extends Error {
  public constructor(public readonly origin: string, what: string) {
    super(`${origin}: ${what}`);
    this.name = 'ManifestShapeError';
  }
}

/** The origin of a document: `file#doc`. */
export function manifestOrigin(d: ManifestDocument): string {
  return `${d.file}#${d.doc}`;
}

/** The element id of a document: its origin, and the item of a `kind: List` (which share one origin). */
export function manifestId(d: ManifestDocument): string {
  return d.item === undefined ? manifestOrigin(d) : `${manifestOrigin(d)}/items/${d.item}`;
}

/** What the files cannot say. */
export interface ManifestModelOptions {
  /** Cluster facts (e.g. from CLI flags); unset ones are not checked. */
  readonly cluster?: Partial<ModelCluster>;
  /**
   * The grid CRDs installed: `upstream` (the default, as in synthesis) or
   * `pool-metadata-preserved` (the GridCrd values).
   */
  readonly gridCrd?: string;
}

export function modelFromManifests(docs: readonly ManifestDocument[], options: ManifestModelOptions = {}): TopologyModel {
  const cluster = options.cluster ?? {};
  const crd = options.gridCrd ?? 'upstream';
  const b = new TopologyModelBuilder();
  b.setCluster({ ...defaultCluster('cluster'), ...cluster });
  for (const d of docs) {
    const o = d.object;
    if (o === null || typeof o !== 'object' || Array.isArray(o)) continue;
    const group = typeof o.apiVersion === 'string' ? o.apiVersion.split('/')[0] : '';
    if (typeof o.apiVersion === 'string' && typeof o.kind === 'string' && typeof o.metadata?.name === 'string') {
      const namespace = typeof o.metadata.namespace === 'string' ? o.metadata.namespace : undefined;
      b.addObject(objectElement({ id: manifestId(d), origin: manifestOrigin(d), inUnitCluster: false, ownedByLibrary: false },
        o.apiVersion, o.kind, o.metadata.name, namespace, () => o));
    }
    if (group === 'site.superedge.io') {
      if (o.kind === 'NodeUnit') addUnit(b, d);
      else if (o.kind === 'NodeGroup') addGroup(b, d);
    } else if (group === 'superedge.io') {
      if (o.kind === 'DeploymentGrid' || o.kind === 'StatefulSetGrid') b.addGrid({ ...gridFromObject(manifestOrigin(d), o, crd), id: manifestId(d) });
      else if (o.kind === 'ServiceGrid') b.addServiceGrid({ ...serviceGridFromObject(manifestOrigin(d), o), id: manifestId(d) });
    } else if (o.apiVersion === 'v1' && o.kind === 'ConfigMap' && o.metadata?.name === EDGE_HEALTH_CONFIG_NAME) {addEdgeHealth(b, d);}
    addIfLabelled(b, d);
  }
  return b.build('cluster');
}

/** The edge-health-config ConfigMap: `unit-internal-check: "true"` and `check-units` (multi-region), or `"false"` (all nodes). */
function addEdgeHealth(b: TopologyModelBuilder, d: ManifestDocument): void {
  const origin = manifestOrigin(d);
  const o = d.object;
  const data = stringRecord(origin, `ConfigMap "${EDGE_HEALTH_CONFIG_NAME}": data`, o.data);
  const check = data['unit-internal-check'];
  if (check !== 'true' && check !== 'false') return; // not a mode edge-health reads: unknown
  const names = check === 'true' ? (data['check-units'] ?? '').split(',').map(n => n.trim()).filter(n => n !== '') : [];
  b.addEdgeHealth({
    id: manifestId(d),
    origin,
    namespace: typeof o.metadata?.namespace === 'string' ? o.metadata.namespace : 'default',
    mode: check === 'true' ? 'units' : 'all-nodes',
    listed: names.map(name => ({ name })),
    checkUnitNames: [...new Set(names)].sort(),
    daemonSet: false,
    hmacKey: false,
  });
}

/** An object other than a grid, not made by a controller, with the grid-selector label. */
function addIfLabelled(b: TopologyModelBuilder, d: ManifestDocument): void {
  const o = d.object;
  if (['DeploymentGrid', 'StatefulSetGrid', 'ServiceGrid'].includes(o.kind)) return;
  const meta = o.metadata;
  if (meta === null || typeof meta !== 'object') return;
  const value = meta.labels?.[GRID_SELECTOR_LABEL];
  if (typeof value !== 'string' || (Array.isArray(meta.ownerReferences) && meta.ownerReferences.length > 0)) return;
  b.addLabelledObject({
    origin: manifestOrigin(d),
    kind: String(o.kind ?? ''),
    name: String(meta.name ?? ''),
    namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined,
    gridSelector: value,
  });
}

function addUnit(b: TopologyModelBuilder, d: ManifestDocument): void {
  const origin = manifestOrigin(d);
  const o = d.object;
  const name = nameOf(origin, o, 'NodeUnit');
  const at = `NodeUnit "${name}"`;
  const spec = record(origin, `${at}: spec`, o.spec);
  const setNode = record(origin, `${at}: spec.setNode`, spec.setNode);
  const nodes = strings(origin, `${at}: spec.nodes`, spec.nodes);
  const labels = stringRecord(origin, `${at}: spec.setNode.labels`, setNode.labels);
  // What site-manager writes anyway is not a label of the user's.
  if (labels[name] === NODE_UNIT_LABEL_VALUE) delete labels[name];
  const level = optString(origin, `${at}: spec.autonomyLevel`, spec.autonomyLevel) ?? 'L3';
  const parameters = stringRecord(origin, `${at}: spec.unitClusterInfo.parameters`, record(origin, `${at}: spec.unitClusterInfo`, spec.unitClusterInfo).parameters);
  const kins = level === 'L4' || level === 'L5';
  let taints = taintsOf(origin, `${at}: spec.setNode.taints`, setNode.taints);
  if (kins && !taints.some(t => t.key === KINS_TAINT_KEY && t.effect === 'NoSchedule')) {
    taints = [...taints, { key: KINS_TAINT_KEY, effect: 'NoSchedule' }]; // site-manager adds it to Kins units
  }
  b.addUnit({
    id: manifestId(d),
    origin,
    name,
    declared: true,
    type: optString(origin, `${at}: spec.type`, spec.type) ?? 'edge',
    autonomyLevel: level,
    selector: selectorOf(origin, `${at}: spec.selector`, spec.selector),
    nodeDeclarations: nodes.map(n => ({ name: n, gpu: false })),
    nodeNames: [...new Set(nodes)].sort(),
    nodeLabels: labels,
    nodeAnnotations: stringRecord(origin, `${at}: spec.setNode.annotations`, setNode.annotations),
    taints,
    unitLabels: stringRecord(origin, `${at}: metadata.labels`, o.metadata?.labels),
    kins: kins ? { serviceCidr: parameters['service-cidr'], nodePortRange: parameters['node-port-range'] } : undefined,
  });
}

function addGroup(b: TopologyModelBuilder, d: ManifestDocument): void {
  const origin = manifestOrigin(d);
  const o = d.object;
  const name = nameOf(origin, o, 'NodeGroup');
  const at = `NodeGroup "${name}"`;
  const spec = record(origin, `${at}: spec`, o.spec);
  b.addGroup({
    id: manifestId(d),
    origin,
    name,
    declared: true,
    selector: selectorOf(origin, `${at}: spec.selector`, spec.selector),
    autoFindNodeKeys: strings(origin, `${at}: spec.autoFindNodeKeys`, spec.autoFindNodeKeys),
    members: strings(origin, `${at}: spec.nodeUnits`, spec.nodeUnits).map(n => ({ name: n })),
  });
}

// ---------------------------------------------------------------- shapes

function nameOf(origin: string, o: any, kind: string): string {
  const name = o.metadata?.name;
  if (typeof name !== 'string' || name === '') throw new ManifestShapeError(origin, `${kind} has no metadata.name; give it one`);
  return name;
}

function record(origin: string, what: string, v: any): any {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw new ManifestShapeError(origin, `${what} must be a mapping, got ${describe(v)}`);
  return v;
}

function stringRecord(origin: string, what: string, v: any): { [key: string]: string } {
  const r = record(origin, what, v);
  const out: { [key: string]: string } = {};
  for (const [k, x] of Object.entries(r)) {
    if (typeof x !== 'string') throw new ManifestShapeError(origin, `${what}.${k} must be a string, got ${describe(x)} (quote it in YAML)`);
    out[k] = x;
  }
  return out;
}

function strings(origin: string, what: string, v: any): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some(x => typeof x !== 'string')) throw new ManifestShapeError(origin, `${what} must be a list of strings, got ${describe(v)}`);
  return [...v];
}

function optString(origin: string, what: string, v: any): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new ManifestShapeError(origin, `${what} must be a string, got ${describe(v)}`);
  return v;
}

function selectorOf(origin: string, what: string, v: any): ModelSelector | undefined {
  if (v === undefined || v === null) return undefined;
  const r = record(origin, what, v);
  const exprs = r.matchExpressions;
  if (exprs !== undefined && exprs !== null && !Array.isArray(exprs)) throw new ManifestShapeError(origin, `${what}.matchExpressions must be a list, got ${describe(exprs)}`);
  return {
    matchLabels: r.matchLabels === undefined ? undefined : stringRecord(origin, `${what}.matchLabels`, r.matchLabels),
    matchExpressions: exprs?.map((e: any, i: number) => {
      const x = record(origin, `${what}.matchExpressions[${i}]`, e);
      return {
        key: optString(origin, `${what}.matchExpressions[${i}].key`, x.key) ?? '',
        operator: optString(origin, `${what}.matchExpressions[${i}].operator`, x.operator) ?? '',
        values: x.values === undefined ? undefined : strings(origin, `${what}.matchExpressions[${i}].values`, x.values),
      };
    }),
  };
}

function taintsOf(origin: string, what: string, v: any): ModelTaint[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ManifestShapeError(origin, `${what} must be a list, got ${describe(v)}`);
  return v.map((t, i) => {
    const r = record(origin, `${what}[${i}]`, t);
    return {
      key: optString(origin, `${what}[${i}].key`, r.key) ?? '',
      value: optString(origin, `${what}[${i}].value`, r.value),
      effect: optString(origin, `${what}[${i}].effect`, r.effect) ?? '',
    };
  });
}

function describe(v: any): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a mapping' : `${typeof v} ${JSON.stringify(v)}`;
}
