import type { IConstruct } from 'constructs';
import type { EdgeHealth } from '../addons/edge-health';
import type { EniAddOn } from '../addons/eni';
import type { MultiRegionIngress } from '../networking/multi-region-ingress';
import type { ServiceGrid } from '../networking/service-grid';
import type { NodeGroup } from '../topology/node-group';
import type { INodeUnit, NodeUnit } from '../topology/node-unit';

/**
 * Which construct class an object is, without importing the class: each class marks
 * its instances with a brand in its constructor, and code that must tell them apart
 * (the topology index, the add-on rules) asks here. This keeps those modules free of
 * value imports of the constructs, so there are no import cycles; and a brand, unlike
 * `instanceof`, also holds across two copies of the library. Internal.
 */
const BRANDS = {
  edgeCluster: Symbol.for('cdk8s-superedge.EdgeCluster'),
  nodeUnit: Symbol.for('cdk8s-superedge.NodeUnit'),
  nodeGroup: Symbol.for('cdk8s-superedge.NodeGroup'),
  edgeHealth: Symbol.for('cdk8s-superedge.EdgeHealth'),
  eniAddOn: Symbol.for('cdk8s-superedge.EniAddOn'),
  multiRegionIngress: Symbol.for('cdk8s-superedge.MultiRegionIngress'),
  gridWorkload: Symbol.for('cdk8s-superedge.GridWorkload'),
};

/** The kinds of constructs with a brand. */
export type Brand = keyof typeof BRANDS;

/** Marks a construct as an instance of a branded class (call in its constructor). */
export function brand(x: object, kind: Brand): void {
  Object.defineProperty(x, BRANDS[kind], { value: true });
}

function has(x: unknown, kind: Brand): boolean {
  return x !== null && typeof x === 'object' && BRANDS[kind] in (x as object);
}

/** An EdgeCluster (see EdgeCluster.isEdgeCluster). */
export function isEdgeClusterConstruct(x: unknown): boolean {
  return has(x, 'edgeCluster');
}

/** The EdgeCluster a construct is declared in (itself included), if any. */
export function enclosingEdgeCluster(c: IConstruct): IConstruct | undefined {
  for (let s: IConstruct | undefined = c; s; s = s.node.scope) {
    if (isEdgeClusterConstruct(s)) return s;
  }
  return undefined;
}

/** A declared NodeUnit (or KinsUnit), not a reference by name. */
export function isDeclaredUnit(u: INodeUnit | IConstruct): u is NodeUnit {
  return has(u, 'nodeUnit');
}

/** A declared NodeGroup, not a reference by name. */
export function isDeclaredGroup(x: unknown): x is NodeGroup {
  return has(x, 'nodeGroup');
}

export function isEdgeHealth(x: unknown): x is EdgeHealth {
  return has(x, 'edgeHealth');
}

export function isEniAddOn(x: unknown): x is EniAddOn {
  return has(x, 'eniAddOn');
}

/** A DeploymentGrid or StatefulSetGrid. */
export function isGridWorkload(x: unknown): x is IConstruct {
  return has(x, 'gridWorkload');
}

export function isMultiRegionIngress(x: unknown): x is MultiRegionIngress {
  return has(x, 'multiRegionIngress');
}

/**
 * The Service port an ingress rule's `port` means: a port of the ServiceGrid's Service,
 * or the target (container) port of exactly one of them, which is translated to that
 * Service port; undefined when it is neither (SE-I09).
 */
export function servicePortFor(grid: ServiceGrid, port: number): number | undefined {
  const ports = grid.ports;
  if (ports.length === 0 || ports.some(p => p.port === port)) return port;
  const byTarget = ports.filter(p => p.targetPort === port);
  return byTarget.length === 1 ? byTarget[0].port : undefined;
}
