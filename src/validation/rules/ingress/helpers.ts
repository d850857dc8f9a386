import { resolveUnit } from '../../../model/queries';
import type { ModelIngress, ModelIngressRule, ModelIngressUnit, ModelServiceGrid, TopologyModel } from '../../../model/types';
import { servicePorts } from '../grid/helpers';

/** What the ingress rules (SE-I) share. Internal. */

/** How findings name a rule: `rule N (host/path)`. */
export function ruleWhere(r: ModelIngressRule, i: number): string {
  return `rule ${i + 1} (${r.host ?? '*'}${r.path ?? '/'})`;
}

/** The ServiceGrid backend of a rule, when it is one the model holds. */
export function backendOf(model: TopologyModel, r: ModelIngressRule): ModelServiceGrid | undefined {
  return r.serviceGridId === undefined ? undefined : model.serviceGrids.find(s => s.id === r.serviceGridId);
}

/**
 * The Service port an ingress rule's `port` means: a port of the ServiceGrid's Service,
 * or the target (container) port of exactly one of them; undefined when it is neither.
 */
export function servicePortOf(sg: ModelServiceGrid, port: number): number | undefined {
  const ports = servicePorts(sg);
  if (ports.length === 0 || ports.some(p => p.port === port)) return port;
  const byTarget = ports.filter(p => p.targetPort === port);
  return byTarget.length === 1 ? byTarget[0].port : undefined;
}

/** The nodes a unit's controller of an ingress runs on, or undefined when not known (selector-only or referenced units). */
export function controllerNodeSet(model: TopologyModel, u: ModelIngressUnit): readonly string[] | undefined {
  if (u.controllerNodes) return u.controllerNodes;
  const unit = resolveUnit(model, u);
  return unit?.declared ? unit.nodeNames : undefined;
}

/** The ingresses that emit controllers. */
export function withControllers(model: TopologyModel): ModelIngress[] {
  return model.ingresses.filter(i => i.emitsControllers);
}
