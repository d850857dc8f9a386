import type { ModelGrid, ModelNode, ModelUnit, ModelUnitRef, TopologyModel } from './types';
import { GPU_NODE_LABEL, GPU_NODE_LABEL_VALUE, NODE_UNIT_LABEL_VALUE } from '../superedge/labels';

/**
 * Facts derived from a TopologyModel, computed on first use. A model never changes
 * after it is built, so what is derived from it is kept with it (a WeakMap keyed by
 * the model: it goes when the model goes) and never needs invalidating. Internal.
 */

interface Derived {
  nodeDecls?: Map<string, ModelNode[]>;
  unitsByNode?: Map<string, ModelUnit[]>;
  userNodeLabelKeys?: Map<string, string>;
}

const DERIVED = new WeakMap<TopologyModel, Derived>();

function derived(model: TopologyModel): Derived {
  let d = DERIVED.get(model);
  if (!d) {
    d = {};
    DERIVED.set(model, d);
  }
  return d;
}

function nodeDecls(model: TopologyModel): Map<string, ModelNode[]> {
  const d = derived(model);
  if (!d.nodeDecls) {
    const m = new Map<string, ModelNode[]>();
    for (const u of model.units) for (const n of u.nodeDeclarations) push(m, n.name, n);
    d.nodeDecls = m;
  }
  return d.nodeDecls;
}

/** Every node name declared in the cluster, sorted. */
export function nodeNames(model: TopologyModel): string[] {
  return [...nodeDecls(model).keys()].sort();
}

/** A node with the facts declared for it anywhere (the first declaration that has facts). */
export function nodeFacts(model: TopologyModel, name: string): ModelNode {
  const decls = nodeDecls(model).get(name) ?? [];
  return decls.find(hasFacts) ?? decls[0] ?? { name, gpu: false };
}

/** The declared units that list a node by name. */
export function unitsOfNode(model: TopologyModel, name: string): ModelUnit[] {
  const d = derived(model);
  if (!d.unitsByNode) {
    const m = new Map<string, ModelUnit[]>();
    for (const u of model.units) for (const n of u.nodeNames ?? []) push(m, n, u);
    d.unitsByNode = m;
  }
  return d.unitsByNode.get(name) ?? [];
}

/** Node names declared more than once with different facts. */
export function conflictingNodes(model: TopologyModel): string[] {
  return nodeNames(model).filter(n => {
    const withFacts = (nodeDecls(model).get(n) ?? []).filter(hasFacts);
    return withFacts.some(d => !sameFacts(d, withFacts[0]));
  });
}

/** The group names a unit is a member of, sorted. */
export function groupNamesOf(model: TopologyModel, unit: ModelUnit): string[] {
  return (model.groupsOfUnit.get(unit.id) ?? []).map(id => model.groupsById.get(id)!.name);
}

/** A unit's member nodes with the facts declared for them anywhere (undefined when unknown). */
export function unitNodes(model: TopologyModel, unit: ModelUnit): ModelNode[] | undefined {
  return unit.nodeNames?.map(n => nodeFacts(model, n));
}

/**
 * Node label keys the declarations use for their own purposes, with where: units'
 * node labels, unit selectors, groups' autoFindNodeKeys. A unit or group named like
 * one of them would overwrite that label on the nodes.
 */
export function userNodeLabelKeys(model: TopologyModel): Map<string, string> {
  const d = derived(model);
  if (d.userNodeLabelKeys) return d.userNodeLabelKeys;
  const keys = new Map<string, string>();
  const note = (key: string, where: string) => {
    if (!keys.has(key)) keys.set(key, where);
  };
  for (const u of model.units) {
    const groups = new Set(groupNamesOf(model, u));
    for (const [k, v] of Object.entries(u.nodeLabels)) {
      if (groups.has(k) && v === u.name) continue; // what the library writes anyway
      note(k, `nodeLabels of NodeUnit "${u.name}"`);
    }
    for (const k of Object.keys(u.selector?.matchLabels ?? {})) note(k, `the selector of NodeUnit "${u.name}"`);
    for (const e of u.selector?.matchExpressions ?? []) note(e.key, `the selector of NodeUnit "${u.name}"`);
  }
  for (const g of model.groups) {
    for (const k of g.autoFindNodeKeys) note(k, `autoFindNodeKeys of NodeGroup "${g.name}"`);
  }
  d.userNodeLabelKeys = keys;
  return keys;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Whether a node declaration states any fact besides its name (a ModelNode, or an EdgeNode as declared). */
export function hasFacts(n: Omit<ModelNode, 'name'>): boolean {
  return n.architecture !== undefined || n.defaultInterface !== undefined || n.networkCidr !== undefined || n.gpu || n.cvmInstanceId !== undefined;
}

function sameFacts(a: ModelNode, b: ModelNode): boolean {
  return a.architecture === b.architecture && a.defaultInterface === b.defaultInterface
    && a.networkCidr === b.networkCidr && a.gpu === b.gpu && a.cvmInstanceId === b.cvmInstanceId;
}

/** The unit a reference names: by id when it has one, else the first declared unit of that name; undefined when unknown. */
export function resolveUnit(model: TopologyModel, ref: ModelUnitRef): ModelUnit | undefined {
  if (ref.id !== undefined) return model.unitsById.get(ref.id);
  return model.units.find(u => u.name === ref.name);
}

/**
 * The grid key's values, hence one workload each (`<grid>-<unit>`): the member units of
 * the grid's group (the very group it holds, `nodeGroupId`, else the one its name
 * resolves to) that give the key a value on some node, sorted by name. Those are the
 * declared units with nodes or a selector, and units known by name only (assumed to have
 * nodes); none when the group is not declared (its members are unknown).
 */
export function gridValues(model: TopologyModel, grid: ModelGrid): string[] {
  return groupGridValues(model, grid.nodeGroupId ?? grid.groupId);
}

/** The grid key's values for a grid on the group `groupId` (see gridValues). */
export function groupGridValues(model: TopologyModel, groupId: string): string[] {
  const group = model.groupsById.get(groupId);
  if (!group || !group.declared) return [];
  const out: string[] = [];
  for (const id of group.memberIds) {
    const u = model.unitsById.get(id);
    if (u && (!u.declared || (u.nodeNames ?? []).length > 0 || u.selector !== undefined)) out.push(u.name);
  }
  return out;
}

/**
 * The labels every member node carries through a unit: the declared `nodeLabels`, the
 * GPU label when every node is a GPU node, `<group>: <unit>` for each of its groups (by
 * group name) and the unit's own `<unit>: nodeunits.superedge.io` (see
 * src/superedge/labels.ts), in that order (a later one wins).
 */
export function effectiveNodeLabels(model: TopologyModel, unit: ModelUnit): { [key: string]: string } {
  const out: { [key: string]: string } = { ...unit.nodeLabels };
  const names = unit.nodeNames ?? [];
  if (names.length > 0 && names.every(n => nodeFacts(model, n).gpu)) out[GPU_NODE_LABEL] = GPU_NODE_LABEL_VALUE;
  for (const g of groupNamesOf(model, unit)) out[g] = unit.name;
  out[unit.name] = NODE_UNIT_LABEL_VALUE;
  return out;
}
