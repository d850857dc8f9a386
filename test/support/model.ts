import { defaultCluster, TopologyModelBuilder } from '../../src/model/builder';
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
export function model(spec: { cluster?: Partial<ModelCluster>; units?: UnitSpec[]; groups?: GroupSpec[] } = {}): TopologyModel {
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
  return b.build('cluster');
}
