import { CheckResult, Severity } from '../validation/findings';

/**
 * SE-O01 (warning): a node to onboard whose default interface is not declared. `edgectl
 * install` then uses the platform's default, and a wrong interface breaks flannel and
 * coredns on that node. A pure function of what it inspects, so that it can become a
 * rule object of the catalogue as it is. Internal.
 */
export const UNKNOWN_INTERFACE_RULE = 'SE-O01';

/** What the rule reads of one node being onboarded. */
export interface OnboardedNodeFacts {
  /** The node name. */
  readonly name: string;
  /** Its declared default interface, if any. */
  readonly defaultInterface?: string;
}

export function checkUnknownInterface(site: string, nodes: readonly OnboardedNodeFacts[]): CheckResult[] {
  const unknown = nodes.filter(n => n.defaultInterface === undefined).map(n => n.name).sort();
  if (unknown.length === 0) return [];
  return [{
    ruleId: UNKNOWN_INTERFACE_RULE,
    severity: Severity.WARNING,
    message: `the default network interface of ${unknown.length === 1 ? 'node' : 'nodes'} ${unknown.map(n => `"${n}"`).join(', ')} of site "${site}" is not declared, so \`edgectl install\` runs without --interface and the platform's default applies; a wrong interface breaks flannel and coredns on the node`,
    fix: "declare each node's interface, e.g. edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: 'eth0' })] (see `ip route show default` on the node)",
  }];
}
