import type {
  ModelAddOn, ModelCapacity, ModelCatalogue, ModelCluster, ModelCrossClusterReference, ModelEdgeHealth, ModelGrid, ModelIngress, ModelGroup,
  ModelKplusObject, ModelLabelledObject, ModelObject, ModelRollout, ModelSelectionUse, ModelSelector, ModelServiceGrid, ModelUnit, ModelWorkload,
  TopologyModel,
} from './types';
import { serviceGridServiceName } from '../superedge/names';

/**
 * Builds a TopologyModel from declarations, whatever they come from (constructs or
 * manifests): the sources add what they declare, `build()` resolves group members and
 * sorts. Internal.
 */

/** A group member as its group names it: by element id when known, always by name. */
export interface MemberRef {
  readonly id?: string;
  readonly name: string;
}

/** A group as declared, before its members are resolved. */
export interface GroupDeclaration extends Omit<ModelGroup, 'memberIds'> {
  readonly members: readonly MemberRef[];
}

/** What a source of declarations adds to the model. */
export interface ModelBuilder {
  setCluster(cluster: ModelCluster): void;
  addUnit(unit: ModelUnit): void;
  addGroup(group: GroupDeclaration): void;
  addGrid(grid: GridDeclaration): void;
  addServiceGrid(grid: ServiceGridDeclaration): void;
  addCatalogue(catalogue: ModelCatalogue): void;
  addSelectionUse(use: ModelSelectionUse): void;
  addRollout(rollout: ModelRollout): void;
  addCapacity(capacity: ModelCapacity): void;
  addObject(object: ModelObject): void;
  /** The objects of other cdk8s-plus lines in the cluster; the first source wins (the outermost EdgeCluster). */
  setKplusObjects(objects: readonly ModelKplusObject[]): void;
  addLabelledObject(object: ModelLabelledObject): void;
  addWorkload(workload: ModelWorkload): void;
  addAddOn(addOn: ModelAddOn): void;
  addEdgeHealth(health: ModelEdgeHealth): void;
  addIngress(ingress: ModelIngress): void;
  /** A reference to a construct of another EdgeCluster (constructs only). */
  addCrossClusterReference(reference: ModelCrossClusterReference): void;
}

/** A grid as declared: its group by name, resolved by `build()`. */
export type GridDeclaration = Omit<ModelGrid, 'groupId'>;
/** A ServiceGrid as declared. */
export type ServiceGridDeclaration = Omit<ModelServiceGrid, 'groupId'>;

/** The cluster facts when no source declares them: nothing is checked. */
export function defaultCluster(origin: string): ModelCluster {
  return { id: origin, origin, platform: 'superedge', otherClusterCidrs: [], nodeNetworks: [], autoUpgradeSpecification: false };
}

export class TopologyModelBuilder implements ModelBuilder {
  private cluster?: ModelCluster;
  private readonly units: ModelUnit[] = [];
  private readonly groups: GroupDeclaration[] = [];
  private readonly grids: GridDeclaration[] = [];
  private readonly serviceGrids: ServiceGridDeclaration[] = [];
  private readonly catalogues: ModelCatalogue[] = [];
  private readonly selectionUses: ModelSelectionUse[] = [];
  private readonly rollouts: ModelRollout[] = [];
  private readonly capacities: ModelCapacity[] = [];
  private readonly objects: ModelObject[] = [];
  private kplusObjects?: readonly ModelKplusObject[];
  private readonly labelledObjects: ModelLabelledObject[] = [];
  private readonly workloads: ModelWorkload[] = [];
  private readonly addOns: ModelAddOn[] = [];
  private readonly edgeHealths: ModelEdgeHealth[] = [];
  private readonly ingresses: ModelIngress[] = [];
  private readonly crossClusterReferences: ModelCrossClusterReference[] = [];

  /** Sets the cluster facts; the first source wins (the outermost EdgeCluster, which findAll() visits first). */
  public setCluster(cluster: ModelCluster): void {
    if (!this.cluster) this.cluster = cluster;
  }

  public addUnit(unit: ModelUnit): void {
    this.units.push(unit);
  }

  public addGroup(group: GroupDeclaration): void {
    this.groups.push(group);
  }

  public addGrid(grid: GridDeclaration): void {
    this.grids.push(grid);
  }

  public addServiceGrid(grid: ServiceGridDeclaration): void {
    this.serviceGrids.push(grid);
  }

  public addCatalogue(catalogue: ModelCatalogue): void {
    this.catalogues.push(catalogue);
  }

  public addSelectionUse(use: ModelSelectionUse): void {
    this.selectionUses.push(use);
  }

  public addRollout(rollout: ModelRollout): void {
    this.rollouts.push(rollout);
  }

  public addCapacity(capacity: ModelCapacity): void {
    this.capacities.push(capacity);
  }

  public addObject(object: ModelObject): void {
    this.objects.push(object);
  }

  public setKplusObjects(objects: readonly ModelKplusObject[]): void {
    if (!this.kplusObjects) this.kplusObjects = [...objects];
  }

  public addLabelledObject(object: ModelLabelledObject): void {
    this.labelledObjects.push(object);
  }

  public addWorkload(workload: ModelWorkload): void {
    this.workloads.push(workload);
  }

  public addAddOn(addOn: ModelAddOn): void {
    this.addOns.push(addOn);
  }

  public addEdgeHealth(health: ModelEdgeHealth): void {
    this.edgeHealths.push(health);
  }

  public addIngress(ingress: ModelIngress): void {
    this.ingresses.push(ingress);
  }

  public addCrossClusterReference(reference: ModelCrossClusterReference): void {
    this.crossClusterReferences.push(reference);
  }

  public build(defaultOrigin: string): TopologyModel {
    const unitsById = new Map<string, ModelUnit>();
    for (const u of this.units) unitsById.set(u.id, u);
    const declared = this.units.filter(u => u.declared).sort(byName);
    const declaredByName = new Map<string, ModelUnit>();
    for (const u of declared) if (!declaredByName.has(u.name)) declaredByName.set(u.name, u);

    const groups: ModelGroup[] = [];
    const groupsOfUnit = new Map<string, string[]>();
    for (const g of [...this.groups].sort(byName)) {
      const members = new Map<string, ModelUnit>();
      for (const m of g.members) {
        let unit = m.id !== undefined ? unitsById.get(m.id) : declaredByName.get(m.name);
        if (!unit) {
          // Named but not declared: known by name only.
          unit = unknownUnit(m.id ?? `${g.origin}:${m.name}`, g.origin, m.name);
          unitsById.set(unit.id, unit);
        }
        members.set(unit.id, unit);
      }
      if (g.selector) {
        for (const u of declared) if (selectorMatches(g.selector, u.unitLabels)) members.set(u.id, u);
      }
      const memberIds = [...members.values()].sort(byName).map(u => u.id);
      const { members: _declaredMembers, ...rest } = g;
      groups.push({ ...rest, memberIds });
      for (const id of memberIds) groupsOfUnit.set(id, [...(groupsOfUnit.get(id) ?? []), g.id]);
    }
    const groupsById = new Map(groups.map(g => [g.id, g] as [string, ModelGroup]));
    const groupByName = new Map<string, ModelGroup>();
    for (const g of groups) if (!groupByName.has(g.name)) groupByName.set(g.name, g);
    const groupIdOf = (origin: string, name: string): string => {
      let g = groupByName.get(name);
      if (!g) {
        // Named by a grid but not declared: known by name only, members unknown.
        g = { id: `${origin}:group:${name}`, origin, name, declared: false, autoFindNodeKeys: [], memberIds: [] };
        groupByName.set(name, g);
        groupsById.set(g.id, g);
      }
      return g.id;
    };
    const serviceGrids = this.serviceGrids.map(g => ({
      ...g,
      groupId: groupIdOf(g.origin, g.groupName),
      selectsGridId: g.selectsGridId ?? gridSelectedBy(this.grids, g),
    }));
    const grids = this.grids.map(g => ({
      ...g,
      groupId: groupIdOf(g.origin, g.groupName),
      serviceGridId: g.serviceGridId ?? (g.kind === 'StatefulSetGrid' ? serviceGridNamed(serviceGrids, g) : undefined),
    }));
    return {
      grids,
      serviceGrids,
      objects: this.objects,
      labelledObjects: [...this.labelledObjects],
      workloads: [...this.workloads],
      addOns: [...this.addOns],
      edgeHealths: [...this.edgeHealths],
      ingresses: [...this.ingresses],
      cluster: this.cluster ?? defaultCluster(defaultOrigin),
      units: declared,
      unitsById,
      groups,
      groupsOfUnit,
      groupsById,
      kplusObjects: this.kplusObjects ?? [],
      catalogues: [...this.catalogues],
      selectionUses: [...this.selectionUses],
      rollouts: [...this.rollouts],
      capacities: [...this.capacities],
      crossClusterReferences: [...this.crossClusterReferences],
    };
  }
}

/**
 * The grid whose pods a ServiceGrid's selector (`template.selector`) selects, when a
 * source did not say: the only grid of its namespace whose pod labels hold the whole
 * selector; undefined when none or several do.
 */
function gridSelectedBy(grids: readonly GridDeclaration[], sg: ServiceGridDeclaration): string | undefined {
  const selector = sg.template?.selector;
  if (selector === null || typeof selector !== 'object' || Object.keys(selector).length === 0) return undefined;
  const matching = grids.filter(g => {
    const labels = g.template?.template?.metadata?.labels ?? {};
    return (g.namespace ?? '') === (sg.namespace ?? '') && Object.entries(selector).every(([k, v]) => labels[k] === v);
  });
  return matching.length === 1 ? matching[0].id : undefined;
}

/**
 * The ServiceGrid a StatefulSetGrid names in `template.serviceName` (`<servicegrid>-svc`):
 * the one in its namespace, else the only one of that name; undefined when unknown.
 */
function serviceGridNamed(serviceGrids: readonly ModelServiceGrid[], grid: GridDeclaration): string | undefined {
  const name = grid.template?.serviceName;
  if (typeof name !== 'string') return undefined;
  const named = serviceGrids.filter(s => serviceGridServiceName(s.name) === name);
  const same = named.find(s => (s.namespace ?? '') === (grid.namespace ?? ''));
  return same?.id ?? (named.length === 1 ? named[0].id : undefined);
}

/** A unit known only by name (its members are unknown). */
export function unknownUnit(id: string, origin: string, name: string): ModelUnit {
  return {
    id,
    origin,
    name,
    declared: false,
    type: 'edge',
    autonomyLevel: 'L3',
    nodeDeclarations: [],
    nodeNames: undefined,
    nodeLabels: {},
    nodeAnnotations: {},
    taints: [],
    unitLabels: {},
  };
}

/** Whether a selector has neither matchLabels nor matchExpressions. */
export function isEmptyModelSelector(s: ModelSelector): boolean {
  return Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0;
}

/** Evaluates a selector against a label set, as site-manager does (an empty one matches nothing here). */
export function selectorMatches(s: ModelSelector, labels: { readonly [key: string]: string }): boolean {
  if (isEmptyModelSelector(s)) return false;
  for (const [k, v] of Object.entries(s.matchLabels ?? {})) {
    if (labels[k] !== v) return false;
  }
  for (const e of s.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const vals = e.values ?? [];
    switch (e.operator) {
      case 'In': if (!has || !vals.includes(labels[e.key])) return false; break;
      case 'NotIn': if (has && vals.includes(labels[e.key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
    }
  }
  return true;
}

/** By name; a stable sort, so same-named elements stay in declaration order. */
function byName(a: { name: string }, b: { name: string }): number {
  return cmp(a.name, b.name);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
