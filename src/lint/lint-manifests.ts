import { ManifestDocument, originOf } from '../manifests';
import { ManifestShapeError, modelFromManifests } from '../model/from-manifests';
import type { ModelCluster, TopologyModel } from '../model/types';
import { KubernetesVersion } from '../topology/cluster-options';
import { runCatalogue } from '../validation/model-checks';
import { Severity } from '../validation/severity';

/** One result of `lint`: a finding of a rule, or a note. */
export interface LintResult {
  /** The rule, e.g. `SE-U01`; undefined for a note. */
  readonly ruleId?: string;
  /** `error`, `warning`, or `note` (something the files cannot tell; never wrong). */
  readonly severity: 'error' | 'warning' | 'note';
  /** The file and 1-based document of the element; undefined for cluster facts given as flags. */
  readonly file?: string;
  readonly doc?: number;
  readonly kind: string;
  readonly name: string;
  readonly message: string;
  /** How to fix it (empty for a note). */
  readonly fix: string;
}

/** Cluster facts given as flags; unset ones are not checked. */
export interface LintClusterFacts {
  readonly platform?: string;
  readonly kubernetesVersion?: string;
  readonly containerRuntime?: string;
  readonly podCidr?: string;
  readonly serviceCidr?: string;
  readonly vpcCidr?: string;
  readonly maxPodsPerNode?: number;
}

/** What the files cannot say: cluster facts (flags) and the grid CRDs installed. */
export interface LintOptions {
  readonly cluster?: LintClusterFacts;
  /** `upstream` (the default, as synthesis assumes) or `pool-metadata-preserved`. */
  readonly gridCrd?: string;
}

/** Where findings about the cluster facts are reported: no file holds them. */
export const FLAGS_ORIGIN = '(flags)';

/**
 * Runs the rule catalogue that synthesis runs on the topology of `documents`: the
 * model built from the manifests, the same rules, each finding at the document of the
 * element it is about. Units, groups and grids that the documents name but do not
 * define are unknown, not wrong: notes, never findings.
 *
 * @throws ManifestShapeError when a field of a SuperEdge object has the wrong shape
 */
export function lintManifests(documents: readonly ManifestDocument[], options: LintOptions = {}): LintResult[] {
  const model = modelFromManifests(documents, { cluster: clusterFacts(options.cluster ?? {}), gridCrd: options.gridCrd });
  const byOrigin = new Map<string, ManifestDocument[]>();
  for (const d of documents) byOrigin.set(originOf(d), [...(byOrigin.get(originOf(d)) ?? []), d]);
  const out: LintResult[] = [];
  for (const [origin, results] of runCatalogue(model)) {
    for (const r of results) {
      const d = documentFor(byOrigin.get(origin), r.message);
      out.push({
        ruleId: r.ruleId,
        severity: r.severity === Severity.WARNING ? 'warning' : 'error',
        file: d?.file,
        doc: d?.doc,
        kind: d?.object.kind ?? 'EdgeCluster',
        name: d?.object.metadata.name ?? FLAGS_ORIGIN,
        message: r.message,
        fix: r.fix,
      });
    }
  }
  out.push(...notes(model, byOrigin));
  // By file and document (flag findings first), findings before notes, then by rule: stable output.
  const rank = (r: LintResult) => (r.severity === 'note' ? 1 : 0);
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => byText(a.r.file ?? '', b.r.file ?? '') || (a.r.doc ?? 0) - (b.r.doc ?? 0) || rank(a.r) - rank(b.r) || a.i - b.i)
    .map(x => x.r);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { ManifestShapeError };

function clusterFacts(f: LintClusterFacts): Partial<ModelCluster> {
  const facts: { [k: string]: unknown } = {
    id: FLAGS_ORIGIN,
    origin: FLAGS_ORIGIN,
    platform: f.platform ?? 'superedge',
    kubernetesVersion: f.kubernetesVersion,
    kubernetesMinor: f.kubernetesVersion === undefined ? undefined : KubernetesVersion.of(f.kubernetesVersion).minor,
    containerRuntime: f.containerRuntime,
    podCidr: f.podCidr,
    serviceCidr: f.serviceCidr,
    vpcCidr: f.vpcCidr,
    maxPodsPerNode: f.maxPodsPerNode,
  };
  for (const k of Object.keys(facts)) if (facts[k] === undefined) delete facts[k];
  return facts as Partial<ModelCluster>;
}

/** The document of an origin; among the items of a `kind: List` (one origin), the one the message names. */
function documentFor(docs: ManifestDocument[] | undefined, message: string): ManifestDocument | undefined {
  if (!docs || docs.length === 0) return undefined;
  return docs.find(d => message.includes(`"${d.object.metadata.name}"`)) ?? docs[0];
}

/** What the documents name but do not define. */
function notes(model: TopologyModel, byOrigin: Map<string, ManifestDocument[]>): LintResult[] {
  const out: LintResult[] = [];
  const note = (origin: string, kind: string, name: string, message: string) => {
    const docs = byOrigin.get(origin) ?? [];
    const d = docs.find(x => x.object.kind === kind && x.object.metadata.name === name) ?? docs[0];
    out.push({ severity: 'note', file: d?.file, doc: d?.doc, kind, name, message, fix: '' });
  };
  for (const g of model.groups) {
    for (const id of g.memberIds) {
      const u = model.unitsById.get(id);
      if (u && !u.declared) {
        note(g.origin, 'NodeGroup', g.name, `NodeUnit "${u.name}" is not defined in the given files: unknown, so its nodes are not checked`);
      }
    }
  }
  const grids: Array<{ origin: string; kind: string; name: string; groupId: string; groupName: string }> = [
    ...model.grids.map(g => ({ origin: g.origin, kind: g.kind as string, name: g.name, groupId: g.groupId, groupName: g.groupName })),
    ...model.serviceGrids.map(g => ({ origin: g.origin, kind: 'ServiceGrid', name: g.name, groupId: g.groupId, groupName: g.groupName })),
  ];
  for (const g of grids) {
    const group = model.groupsById.get(g.groupId);
    if (!group || !group.declared) {
      note(g.origin, g.kind, g.name, `NodeGroup "${g.groupName}" is not defined in the given files: unknown, so the grid's units are not checked`);
    }
  }
  return out;
}
