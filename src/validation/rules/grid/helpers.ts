import { groupGridValues } from '../../../model/queries';
import type { ModelGrid, ModelLabelledObject, ModelServiceGrid, ModelUnit, TopologyModel } from '../../../model/types';
import { NEWER_CONTAINER_FIELDS, NEWER_POD_FIELDS, NEWER_SERVICE_FIELDS, NEWER_STATEFULSET_FIELDS } from '../../../superedge/crds';
import { isDns1123Subdomain, isLabelKey, isLabelValue, siteNameProblem, suggestName } from '../../names';

/** What the grid rules (SE-W, SE-S, SE-P) share. Internal. */

/** The kind of workload a grid creates per site. */
export function workloadKindOf(grid: ModelGrid): string {
  return grid.kind === 'DeploymentGrid' ? 'Deployment' : 'StatefulSet';
}

/** The member units of a grid's group when they are known (a declared group), else undefined. */
export function knownMembers(model: TopologyModel, groupId: string): ModelUnit[] | undefined {
  const group = model.groupsById.get(groupId);
  if (!group || !group.declared) return undefined;
  return group.memberIds.map(id => model.unitsById.get(id)).filter((u): u is ModelUnit => u !== undefined);
}

/** Whether SE-W01 reports the grid name. */
export function gridNameUnusable(name: string): boolean {
  return !(isLabelValue(name) && name !== '' && isDns1123Subdomain(name));
}

/**
 * The grid values whose derived names (`<grid>-<unit>`) are worth checking: none when SE-W01
 * reports the grid name, and not those of declared units whose names SE-U01 reports
 * (one root cause, one error).
 */
export function derivableValues(model: TopologyModel, grid: ModelGrid): string[] {
  if (gridNameUnusable(grid.name)) return [];
  const unusable = new Set((knownMembers(model, grid.groupId) ?? [])
    .filter(u => u.declared && siteNameProblem(u.name) !== undefined)
    .map(u => u.name));
  return groupGridValues(model, grid.groupId).filter(v => !unusable.has(v));
}

/** Why a grid key (a NodeGroup name) is not usable, or undefined. */
export function gridKeyProblem(key: string): string | undefined {
  if (key === '') return 'it is empty (the controller then does nothing and only emits an "Empty" event)';
  if (key.includes('/')) return "it contains '/' (it becomes the value of the label superedge.io/grid-uniq-key, where '/' is not allowed)";
  if (!isLabelKey(key) || !isLabelValue(key)) return 'it is not both a label key and a label value (at most 63 of [A-Za-z0-9._-], alphanumeric at both ends)';
  return undefined;
}

/** Objects of `kind` in `namespace` that carry the grid-selector label `gridName`. */
export function adoptedObjects(model: TopologyModel, kind: string, namespace: string | undefined, gridName: string): string[] {
  return model.labelledObjects
    .filter((o: ModelLabelledObject) => o.kind === kind && (o.namespace ?? '') === (namespace ?? '') && o.gridSelector === gridName)
    .map(o => `${o.kind} ${o.name} (${o.origin})`);
}

/** Paths of fields in a grid template (`spec.template`) newer than the grid CRD schemas. */
export function newerFields(kind: string, template: any): string[] {
  const out: string[] = [];
  if (!template || typeof template !== 'object') return out;
  if (kind === 'ServiceGrid') {
    for (const f of NEWER_SERVICE_FIELDS) if (template[f] !== undefined) out.push(`spec.template.${f}`);
    return out;
  }
  if (kind === 'StatefulSetGrid') {
    for (const f of NEWER_STATEFULSET_FIELDS) if (template[f] !== undefined) out.push(`spec.template.${f}`);
  }
  const pod = template.template?.spec ?? {};
  for (const f of NEWER_POD_FIELDS) if (pod[f] !== undefined) out.push(`spec.template.template.spec.${f}`);
  for (const field of ['initContainers', 'containers']) {
    (Array.isArray(pod[field]) ? pod[field] : []).forEach((c: any, i: number) => {
      for (const f of NEWER_CONTAINER_FIELDS) if (c?.[f] !== undefined) out.push(`spec.template.template.spec.${field}[${i}].${f}`);
    });
  }
  return out;
}

/** The names of the containers of a grid's pod template. */
export function containerNames(grid: ModelGrid): string[] {
  const containers = grid.template?.template?.spec?.containers;
  return Array.isArray(containers) ? containers.map((c: any) => c?.name) : [];
}

/** The ports of a ServiceGrid's Service template. */
export function servicePorts(sg: ModelServiceGrid): Array<{ name?: string; port: number; targetPort?: any }> {
  return Array.isArray(sg.template?.ports) ? sg.template.ports : [];
}

/** A likely valid grid name, for fixes. */
export function suggestGridName(name: string, letterFirst = false): string {
  return suggestName(name, { maxLength: 40, letterFirst: letterFirst ? 'svc-' : undefined, fallback: 'app' });
}

/** A short list of names: the first five and how many more. */
export function list(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}
