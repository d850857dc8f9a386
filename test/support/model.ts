import { defaultCluster, GridDeclaration, ServiceGridDeclaration, TopologyModelBuilder } from '../../src/model/builder';
import { objectElement } from '../../src/model/objects';
import type {
  ModelAddOn, ModelCluster, ModelCrossClusterReference, ModelEdgeHealth, ModelIngress, ModelKplusObject, ModelLabelledObject, ModelNode,
  ModelRollout, ModelSelector, ModelUnit, ModelWorkload, TopologyModel,
} from '../../src/model/types';

/** A unit for a test model: a name, and nodes by name or with facts. */
export interface UnitSpec extends Partial<Omit<ModelUnit, 'nodeDeclarations' | 'nodeNames'>> {
  readonly name: string;
  readonly nodes?: Array<string | ModelNode>;
}

/** A group for a test model: members by unit name. */
export interface GroupSpec {
  readonly name: string;
  readonly origin?: string;
  readonly members?: string[];
  readonly selector?: ModelSelector;
  readonly autoFindNodeKeys?: string[];
}

/** An object for a test model: its JSON; origin defaults to `objects/<kind>/<name>`. */
export interface ObjectSpec {
  readonly json: any;
  readonly origin?: string;
  readonly ownedByLibrary?: boolean;
  /** Set for an object of a Kins unit cluster. */
  readonly kubernetesMinor?: number;
  /** The chart that writes it (the cluster's is `cluster`). */
  readonly chartOrigin?: string;
}

/** A grid for a test model: a name, its group name (`groupName`, default `location`) and spec parts. */
export type GridSpec = Partial<GridDeclaration> & { readonly name: string };
/** A ServiceGrid for a test model. */
export type ServiceGridSpec = Partial<ServiceGridDeclaration> & { readonly name: string };

/** Everything a test model may hold. */
export interface ModelSpec {
  readonly cluster?: Partial<ModelCluster>;
  readonly units?: UnitSpec[];
  readonly groups?: GroupSpec[];
  readonly objects?: ObjectSpec[];
  /** Objects of other cdk8s-plus lines (SE-V01). */
  readonly kplusObjects?: ModelKplusObject[];
  readonly grids?: GridSpec[];
  readonly serviceGrids?: ServiceGridSpec[];
  readonly labelledObjects?: ModelLabelledObject[];
  readonly workloads?: Array<Partial<ModelWorkload> & { readonly name: string }>;
  readonly addOns?: ModelAddOn[];
  readonly edgeHealths?: Array<Partial<ModelEdgeHealth>>;
  readonly ingresses?: Array<Partial<ModelIngress> & { readonly name: string }>;
  /** Rollouts in waves: a name and its grid's origin (`gridId`); no waves unless given. */
  readonly rollouts?: Array<Partial<ModelRollout> & { readonly name: string; readonly gridId: string }>;
  /** References into another EdgeCluster (SE-C08). */
  readonly crossClusterReferences?: ModelCrossClusterReference[];
}

/**
 * A TopologyModel from a short description; origins default to `cluster/<name>` (units),
 * `groups/<name>`, `grids/<name>`, `servicegrids/<name>`, `workloads/<name>`,
 * `health`, `ingresses/<name>` and `rollouts/<name>`.
 */
export function model(spec: ModelSpec = {}): TopologyModel {
  const b = new TopologyModelBuilder();
  b.setCluster({ ...defaultCluster('cluster'), ...spec.cluster });
  if (spec.kplusObjects) b.setKplusObjects(spec.kplusObjects);
  for (const u of spec.units ?? []) {
    const { nodes, ...rest } = u;
    const decls: ModelNode[] = (nodes ?? []).map(n => (typeof n === 'string' ? { name: n, gpu: false } : n));
    const origin = u.origin ?? `cluster/${u.name}`;
    b.addUnit({
      id: origin,
      origin,
      declared: true,
      type: 'edge',
      autonomyLevel: 'L3',
      nodeLabels: {},
      nodeAnnotations: {},
      taints: [],
      unitLabels: {},
      ...rest,
      nodeDeclarations: decls,
      nodeNames: [...new Set(decls.map(d => d.name))].sort(),
    });
  }
  for (const g of spec.groups ?? []) {
    const origin = g.origin ?? `groups/${g.name}`;
    b.addGroup({
      id: origin,
      origin,
      name: g.name,
      declared: true,
      selector: g.selector,
      autoFindNodeKeys: g.autoFindNodeKeys ?? [],
      members: (g.members ?? []).map(name => ({ name })),
    });
  }
  for (const o of spec.objects ?? []) {
    const j = o.json;
    const origin = o.origin ?? `objects/${j.kind}/${j.metadata.name}`;
    const context = {
      id: origin,
      origin,
      kubernetesMinor: o.kubernetesMinor,
      inUnitCluster: o.kubernetesMinor !== undefined,
      ownedByLibrary: o.ownedByLibrary ?? false,
      chartOrigin: o.chartOrigin,
    };
    b.addObject(objectElement(context,
      j.apiVersion, j.kind, j.metadata.name, j.metadata.namespace, () => j));
  }
  for (const g of spec.grids ?? []) {
    const origin = g.origin ?? `grids/${g.name}`;
    b.addGrid({ id: origin, origin, kind: 'DeploymentGrid', labels: {}, groupName: 'location', template: {}, templatePool: {}, templates: {}, crd: 'upstream', ...g });
  }
  for (const g of spec.serviceGrids ?? []) {
    const origin = g.origin ?? `servicegrids/${g.name}`;
    b.addServiceGrid({ id: origin, origin, labels: {}, groupName: 'location', template: { ports: [{ port: 80 }] }, ...g });
  }
  for (const o of spec.labelledObjects ?? []) b.addLabelledObject(o);
  for (const w of spec.workloads ?? []) {
    const origin = w.origin ?? `workloads/${w.name}`;
    b.addWorkload({ id: origin, origin, containers: [], ...w });
  }
  for (const a of spec.addOns ?? []) b.addAddOn(a);
  for (const h of spec.edgeHealths ?? []) {
    const origin = h.origin ?? 'health';
    b.addEdgeHealth({ id: origin, origin, namespace: 'edge-system', mode: 'units', listed: [], checkUnitNames: [], daemonSet: false, hmacKey: false, admissionTls: false, ...h });
  }
  for (const i of spec.ingresses ?? []) {
    const origin = i.origin ?? `ingresses/${i.name}`;
    b.addIngress({ id: origin, origin, units: [], rules: [], emitsControllers: false, ...i });
  }
  for (const r of spec.rollouts ?? []) {
    const origin = r.origin ?? `rollouts/${r.name}`;
    b.addRollout({ id: origin, origin, gridName: r.gridId.split('/').pop()!, override: {}, waves: [], currentWave: 0, ownOverrides: [], ...r });
  }
  for (const r of spec.crossClusterReferences ?? []) b.addCrossClusterReference(r);
  return b.build('cluster');
}
