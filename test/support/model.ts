import { defaultCluster, TopologyModelBuilder } from '../../src/model/builder';
import { objectElement } from '../../src/model/objects';
import type { ModelCluster, ModelNode, ModelSelector, ModelUnit, TopologyModel } from '../../src/model/types';

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

/** A TopologyModel from a short description; origins default to `cluster/<name>` (units) and `groups/<name>`. */
/** An object for a test model: its JSON; origin defaults to `objects/<kind>/<name>`. */
export interface ObjectSpec {
  readonly json: any;
  readonly origin?: string;
  readonly ownedByLibrary?: boolean;
  /** Set for an object of a Kins unit cluster. */
  readonly kubernetesMinor?: number;
}

/** What a test model holds. */
export interface ModelSpec {
  readonly cluster?: Partial<ModelCluster>;
  readonly units?: UnitSpec[];
  readonly groups?: GroupSpec[];
  readonly objects?: ObjectSpec[];
}

export function model(spec: ModelSpec = {}): TopologyModel {
  const b = new TopologyModelBuilder();
  b.setCluster({ ...defaultCluster('cluster'), ...spec.cluster });
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
    };
    b.addObject(objectElement(context,
      j.apiVersion, j.kind, j.metadata.name, j.metadata.namespace, () => j));
  }
  return b.build('cluster');
}
