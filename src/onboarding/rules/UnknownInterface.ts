import type { TopologyModel } from '../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../validation/rule';
import { Severity } from '../../validation/severity';
import { onboardedUnits } from '../onboarded-nodes';

/** SE-O01 (warning): every node to onboard declares its default interface. */
export const UnknownInterface: TopologyRule = {
  id: 'SE-O01',
  severity: Severity.WARNING,
  area: RuleArea.ONBOARDING,
  summary: 'onboarding: a node\'s default interface is declared (warning; the platform\'s default applies otherwise)',
  explanation: '`edgectl install` takes the node\'s default network interface with --interface; without it the platform picks one, and a wrong interface breaks flannel and coredns on that node.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const { unit, nodes } of onboardedUnits(model)) {
      const unknown = nodes.filter(n => n.defaultInterface === undefined).map(n => n.name);
      if (unknown.length === 0) continue;
      out.push({
        origin: unit.origin,
        message: `the default network interface of ${unknown.length === 1 ? 'node' : 'nodes'} ${unknown.map(n => `"${n}"`).join(', ')} of site "${unit.name}" is not declared, so \`edgectl install\` runs without --interface and the platform's default applies; a wrong interface breaks flannel and coredns on the node`,
        fix: "declare each node's interface, e.g. edgeNodes: [new EdgeNode({ name: 'bj-1', defaultInterface: 'eth0' })] (see `ip route show default` on the node)",
      });
    }
    return out;
  },
};
