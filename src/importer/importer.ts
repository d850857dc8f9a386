import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { cleanObject } from './clean-object';
import { evaluateProgram, EvaluationError } from './evaluate-program';
import { describeDoc, ImportContext } from './import-context';
import { patchesFor } from './json-diff';
import { defaultSelectorKey, gridProblem, gridSelectorLabels, mapGrid } from './map-grid';
import { mapServiceGrid, serviceGridSelector, ServiceSelector } from './map-service-grid';
import { groupsOfUnit, Mapped, mapNodeGroup, mapNodeUnit } from './map-topology';
import { call, Expr, lit, obj, objOrUndefined, PatchOp, ref, Statement, sym } from './program';
import { rec, str } from './read-json';
import { renderProgram } from './render-program';
import { KubeObject, ManifestDocument } from '../manifests';
import { PREVIEW_ANNOTATION } from '../preview/controller-preview';
import { serviceGridServiceName } from '../superedge/names';
import { sortManifests } from '../topology/edge-cluster';
import { Findings, Severity } from '../validation/findings';

/** Options of an import. */
export interface ImportOptions {
  /** The module the program imports the library from. Default `cdk8s-superedge`. */
  readonly library?: string;
  /** The EdgeCluster's construct id, hence the output file `<id>.k8s.yaml`. Default `edge`. */
  readonly clusterId?: string;
  /** `superedge` or `tke-edge`. Default: not set (the library's default, open-source SuperEdge). */
  readonly platform?: string;
  /** Cluster facts written on the EdgeCluster (checked by the rules). */
  readonly podCidr?: string;
  readonly serviceCidr?: string;
  readonly kubernetesVersion?: string;
  /** The cluster runs the pool-metadata grid CRDs: every grid gets `gridCrd: POOL_METADATA_PRESERVED`. */
  readonly poolMetadataCrds?: boolean;
  /** Where the documents were read from (for the program's header). */
  readonly sources?: string[];
}

/** What an import gives. */
export interface ImportResult {
  /** The TypeScript program. */
  readonly program: string;
  /** One line per thing not imported or kept as a JSON patch: `FILE#DOC Kind name: ...`. */
  readonly report: string[];
  /** Errors the library's rules find in the imported topology (the program will not synthesize until fixed). */
  readonly errors: string[];
}

type Category = 'unit' | 'group' | 'deploymentGrid' | 'serviceGrid' | 'statefulSetGrid' | 'verbatim';

interface Entry {
  readonly doc: ManifestDocument;
  readonly object: KubeObject;
  category: Category;
  /** Why it is a plain ApiObject although its kind is modelled. */
  fallback?: string;
  variable?: string;
  id?: string;
  mapped?: Mapped;
}

const SITE_GROUP = 'site.superedge.io';
const GRID_API = 'superedge.io/v1';
const SECTION_ORDER: Category[] = ['unit', 'group', 'deploymentGrid', 'serviceGrid', 'statefulSetGrid', 'verbatim'];
const SECTION_TITLE: { [c in Category]: string } = {
  unit: 'Sites: NodeUnits (KinsUnits for autonomy level L4/L5)',
  group: 'NodeGroups, with their member units',
  deploymentGrid: 'DeploymentGrids: one Deployment per unit of the group',
  serviceGrid: 'ServiceGrids: a Service whose traffic stays in the caller\'s unit',
  statefulSetGrid: 'StatefulSetGrids: one StatefulSet per unit of the group',
  verbatim: 'Objects of kinds the library does not model, as they are',
};

/**
 * Turns manifests into a cdk8s-superedge program that synthesizes the same objects:
 * NodeUnits, KinsUnits, NodeGroups and grids as constructs, everything else as plain
 * ApiObjects. The program is run in memory, and what its constructs do not reproduce
 * of a manifest (every field, compared as a deep subset) is added to it as JSON patches,
 * so nothing is dropped silently; what is left out on purpose (status, server-written
 * metadata) is listed in the report.
 */
export function importManifests(documents: readonly ManifestDocument[], options: ImportOptions = {}): ImportResult {
  const report: string[] = [];
  const entries = classify(documents, report);
  // Build, run in memory; an object whose construct throws becomes a plain ApiObject, and the whole is rebuilt.
  for (let attempt = 0; ; attempt++) {
    const ctx = new ImportContext({ poolMetadataCrds: options.poolMetadataCrds ?? false });
    const statements = build(entries, ctx, options);
    let vars: Map<string, unknown>;
    try {
      vars = evaluateProgram(statements, new Map());
    } catch (e) {
      const culprit = e instanceof EvaluationError ? entries.find(x => x.variable === e.statementVariable && x.category !== 'verbatim') : undefined;
      if (!culprit || attempt > entries.length) throw e;
      culprit.fallback = `the library refuses it (${(e as Error).message}); kept as a plain ApiObject`;
      culprit.category = 'verbatim';
      continue;
    }
    const cluster = vars.get('cluster') as IConstruct;
    let rendered: Map<Entry, any>;
    try {
      rendered = renderAll(entries, cluster);
    } catch (e) {
      if (!(e instanceof RenderError) || attempt > entries.length) throw e;
      e.entry.fallback = `the library cannot render it (${e.message}); kept as a plain ApiObject`;
      e.entry.category = 'verbatim';
      continue;
    }
    const patched = addPatches(entries, rendered, statements, report, cluster);
    for (const x of entries) if (x.fallback) report.push(`${describeDoc(x.doc)}: not imported: ${x.fallback}`);
    return {
      program: renderProgram([...patched, { kind: 'comment', text: '' }], { header: header(options), library: options.library ?? 'cdk8s-superedge' })
        + 'app.synth();\n',
      report: sortReport(report),
      errors: Findings.of(cluster).filter(f => f.severity === Severity.ERROR).map(Findings.format),
    };
  }
}

function header(options: ImportOptions): string[] {
  return [
    `Generated by \`cdk8s-superedge import\`${options.sources && options.sources.length > 0 ? ` from ${options.sources.join(', ')}` : ''}.`,
    'Run it (e.g. `npx ts-node main.ts`) to synthesize the same objects into dist/; JSON patches keep',
    'what the constructs do not say (see docs/import.md).',
    '',
  ];
}

function sortReport(lines: string[]): string[] {
  return [...new Set(lines)];
}

/** Which construct each object becomes; duplicates are reported and kept out. */
function classify(documents: readonly ManifestDocument[], report: string[]): Entry[] {
  const seen = new Map<string, ManifestDocument>();
  const out: Entry[] = [];
  for (const doc of documents) {
    const o = doc.object;
    const key = `${o.apiVersion.split('/')[0]}|${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name}`;
    const first = seen.get(key);
    if (first) {
      report.push(`${describeDoc(doc)}: not imported: the same object as ${first.file}#${first.doc} (the first one is imported)`);
      continue;
    }
    if (rec(o.metadata.annotations)?.[PREVIEW_ANNOTATION] !== undefined) {
      report.push(`${describeDoc(doc)}: not imported: a controller preview object (what the SuperEdge controllers create from the grids; never applied)`);
      continue;
    }
    seen.set(key, doc);
    out.push({ doc, object: o, category: categoryOf(o) });
  }
  // Deterministic whatever the order of the files: by kind rank, namespace and name.
  const order = sortManifests(out.map(x => x.object));
  return out.sort((a, b) => order.indexOf(a.object) - order.indexOf(b.object));
}

function categoryOf(o: KubeObject): Category {
  const group = o.apiVersion.split('/')[0];
  if (group === SITE_GROUP && o.kind === 'NodeUnit') return 'unit';
  if (group === SITE_GROUP && o.kind === 'NodeGroup') return 'group';
  if (o.apiVersion === GRID_API && o.kind === 'DeploymentGrid') return 'deploymentGrid';
  if (o.apiVersion === GRID_API && o.kind === 'StatefulSetGrid') return 'statefulSetGrid';
  if (o.apiVersion === GRID_API && o.kind === 'ServiceGrid' && str(rec(o.spec)?.gridUniqKey)) return 'serviceGrid';
  return 'verbatim';
}

function build(entries: Entry[], ctx: ImportContext, options: ImportOptions): Statement[] {
  const clusterId = options.clusterId ?? 'edge';
  ctx.names.id(clusterId, 'cluster');
  // Variables and ids first: groups name units, grids name groups and ServiceGrids.
  const suffix: { [c in Category]: string } = {
    unit: 'Unit', group: 'Group', deploymentGrid: 'Grid', serviceGrid: 'Service', statefulSetGrid: 'Grid', verbatim: 'Object',
  };
  for (const c of SECTION_ORDER) {
    for (const x of entries.filter(e => e.category === c)) {
      x.variable = ctx.names.variable(x.object.metadata.name, suffix[c]);
      const ns = x.object.metadata.namespace;
      x.id = ctx.names.id(x.object.metadata.name, ns && c !== 'unit' && c !== 'group' ? `${x.object.kind.toLowerCase()}-${ns}` : x.object.kind.toLowerCase());
      if (c === 'unit') ctx.units.set(x.object.metadata.name, x.variable);
      if (c === 'group') ctx.groups.set(x.object.metadata.name, x.variable);
    }
  }
  const groups = entries.filter(e => e.category === 'group').map(e => e.object);
  const serviceGridOf = (ssg: KubeObject) => entries.find(e => e.category === 'serviceGrid'
    && serviceGridServiceName(e.object.metadata.name) === str(rec(rec(ssg.spec)?.template)?.serviceName)
    && (e.object.metadata.namespace ?? '') === (ssg.metadata.namespace ?? ''));
  // Grids that cannot be constructs become plain objects before anything refers to them.
  for (const x of entries) {
    if (x.category !== 'deploymentGrid' && x.category !== 'statefulSetGrid') continue;
    const problem = gridProblem(x.object, x.category === 'statefulSetGrid' ? serviceGridOf(x.object)?.variable : undefined);
    if (problem) {
      x.fallback = problem;
      x.category = 'verbatim';
    }
  }

  const sections = new Map<Category, Statement[]>(SECTION_ORDER.map(c => [c, []]));
  for (const x of entries) {
    const o = x.object;
    switch (x.category) {
      case 'unit': x.mapped = mapNodeUnit(o, x.variable!, x.id!, groupsOfUnit(o, groups)); break;
      case 'group': x.mapped = mapNodeGroup(o, x.variable!, x.id!, ctx); break;
      case 'deploymentGrid': x.mapped = mapGrid(o, x.variable!, x.id!, ctx, undefined); break;
      case 'statefulSetGrid': x.mapped = mapGrid(o, x.variable!, x.id!, ctx, serviceGridOf(o)!.variable); break;
      case 'serviceGrid': x.mapped = mapServiceGrid(o, x.variable!, x.id!, ctx, serviceSelector(o, entries)); break;
      case 'verbatim': x.mapped = mapVerbatim(x); break;
    }
    sections.get(x.category)!.push(...x.mapped.statements);
  }

  const out: Statement[] = [
    { kind: 'new', name: 'app', cls: 'App', args: [] },
    { kind: 'new', name: 'cluster', cls: 'EdgeCluster', args: [ref('app'), lit(clusterId), ...clusterProps(options)] },
  ];
  if (ctx.references.length > 0) {
    out.push({ kind: 'comment', text: '' }, { kind: 'comment', text: 'Defined outside the imported files: referenced, never emitted.' }, ...ctx.references);
  }
  for (const c of SECTION_ORDER) {
    const s = sections.get(c)!;
    if (s.length > 0) out.push({ kind: 'comment', text: '' }, { kind: 'comment', text: SECTION_TITLE[c] }, ...s);
  }
  return out;
}

function clusterProps(options: ImportOptions): Expr[] {
  const props = objOrUndefined({
    platform: options.platform === 'tke-edge' ? sym('Platform.TKE_EDGE') : options.platform === 'superedge' ? sym('Platform.SUPEREDGE') : undefined,
    kubernetesVersion: options.kubernetesVersion ? call('KubernetesVersion.of', lit(options.kubernetesVersion)) : undefined,
    podCidr: options.podCidr ? lit(options.podCidr) : undefined,
    serviceCidr: options.serviceCidr ? lit(options.serviceCidr) : undefined,
  });
  return props ? [props] : [];
}

/** A ServiceGrid's selector: a DeploymentGrid's variable, nothing for its StatefulSetGrid, else the labels. */
function serviceSelector(o: KubeObject, entries: Entry[]): ServiceSelector {
  const labels = serviceGridSelector(o);
  if (!labels || Object.keys(labels).length === 0) return undefined;
  const same = (x: Entry) => (x.object.metadata.namespace ?? '') === (o.metadata.namespace ?? '')
    && JSON.stringify(sortedLabels(effectiveSelector(x.object))) === JSON.stringify(sortedLabels(labels));
  const dg = entries.find(x => x.category === 'deploymentGrid' && same(x));
  if (dg) return { grid: dg.variable! };
  const ssg = entries.find(x => x.category === 'statefulSetGrid' && same(x)
    && str(rec(rec(x.object.spec)?.template)?.serviceName) === serviceGridServiceName(o.metadata.name));
  if (ssg) return { statefulSetGrid: ssg.variable! };
  return { labels };
}

function effectiveSelector(grid: KubeObject): { [k: string]: string } {
  const labels = gridSelectorLabels(grid);
  return Object.keys(labels).length > 0 ? labels : { [defaultSelectorKey(grid.kind)]: grid.metadata.name };
}

function sortedLabels(l: { [k: string]: string }): Array<[string, string]> {
  return Object.entries(l).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** `new ApiObject(cluster, id, {...})` with the object as it is (minus what no program declares). */
function mapVerbatim(x: Entry): Mapped {
  const { wanted } = cleanObject(x.object, false);
  const { apiVersion, kind, metadata, ...rest } = wanted as Record<string, any>;
  const body = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, lit(v)]));
  const props = obj({ apiVersion: lit(apiVersion), kind: lit(kind), metadata: lit(metadata), ...body });
  return { statements: [{ kind: 'new', name: x.variable, cls: 'ApiObject', args: [ref('cluster'), lit(x.id), props] }], id: x.id!, variable: x.variable! };
}

class RenderError extends Error {
  constructor(public readonly entry: Entry, message: string) {
    super(message);
  }
}

function renderAll(entries: Entry[], cluster: IConstruct): Map<Entry, any> {
  const out = new Map<Entry, any>();
  for (const x of entries) {
    const construct = cluster.node.tryFindChild(x.id!);
    if (!construct) throw new RenderError(x, `no construct ${x.id}`);
    try {
      out.set(x, ApiObject.of(construct).toJson());
    } catch (e) {
      throw new RenderError(x, e instanceof Error ? e.message : String(e));
    }
  }
  return out;
}

/** Adds a patch statement after each construct whose output lacks something of its manifest. */
function addPatches(entries: Entry[], rendered: Map<Entry, any>, statements: Statement[], report: string[], cluster: IConstruct): Statement[] {
  const out = [...statements];
  for (const x of entries) {
    const { wanted, dropped } = cleanObject(x.object, x.category !== 'verbatim');
    for (const d of dropped) report.push(`${describeDoc(x.doc)}: not imported: ${d}`);
    const toCompare = x.category === 'unit' || x.category === 'group' ? { ...wanted, apiVersion: undefined } : wanted;
    if (x.category === 'unit' || x.category === 'group') {
      if (!x.object.apiVersion.endsWith('/v1alpha2')) report.push(`${describeDoc(x.doc)}: written as site.superedge.io/v1alpha2 (the only version the library emits; the API server converts)`);
    }
    const ops = patchesFor(toCompare, rendered.get(x));
    const last = out.findIndex(s => s.kind === 'new' && s.name === x.variable);
    if (ops.length === 0) {
      // A plain object nothing refers to needs no variable.
      if (x.category === 'verbatim') out[last] = { ...(out[last] as Extract<Statement, { kind: 'new' }>), name: undefined };
      continue;
    }
    let end = last;
    const own = (s: Statement) => s.kind === 'call' && (s.target === x.variable || s.target.startsWith(`${x.variable}.`));
    while (end + 1 < out.length && own(out[end + 1])) end++;
    out.splice(end + 1, 0, {
      kind: 'patch',
      target: x.variable!,
      ops,
      comment: x.category === 'verbatim' ? undefined : 'What the construct does not say, kept as JSON patches:',
    });
    report.push(`${describeDoc(x.doc)}: kept as JSON patches: ${ops.map(o => o.path).join(', ')}`);
    // Apply to the in-memory program too, so the findings below see the patched program.
    applyPatches(cluster, x.id!, ops);
  }
  return out;
}

function applyPatches(cluster: IConstruct, id: string, ops: PatchOp[]): void {
  const c = cluster.node.tryFindChild(id);
  if (!c) return;
  evaluateProgram([{ kind: 'patch', target: '__target', ops }], new Map<string, unknown>([['__target', c]]));
}

