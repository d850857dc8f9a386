import type { TopologyModel } from '../../model/types';
import { RuleArea, RuleFinding, TopologyRule } from '../../validation/rule';
import { Severity } from '../../validation/severity';
import { onboardedUnits } from '../onboarded-nodes';

const LINUX_INTERFACE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/;

/** Whether `s` is a usable Linux network interface name. */
export function isInterfaceName(s: string): boolean {
  return typeof s === 'string' && LINUX_INTERFACE.test(s);
}

/** SE-O02 (error): a declared default interface is a Linux interface name. */
export const InterfaceName: TopologyRule = {
  id: 'SE-O02',
  severity: Severity.ERROR,
  area: RuleArea.ONBOARDING,
  summary: 'onboarding: a declared default interface is a Linux interface name (1-15 of letters, digits, _ . -)',
  explanation: 'Linux interface names have at most 15 characters and no "/" or whitespace; anything else is no interface `edgectl install --interface` could use, and is refused before a script is written.',
  check(model: TopologyModel): RuleFinding[] {
    const out: RuleFinding[] = [];
    for (const { unit, nodes } of onboardedUnits(model)) {
      for (const n of nodes) {
        if (n.defaultInterface === undefined || isInterfaceName(n.defaultInterface)) continue;
        out.push({
          origin: unit.origin,
          message: `the default interface ${JSON.stringify(n.defaultInterface)} of node "${n.name}" is not a Linux interface name (1 to 15 letters, digits, '_', '.' or '-', not starting with '.' or '-')`,
          fix: "give the name `ip route show default` prints after \"dev\" on the node, e.g. defaultInterface: 'eth0'",
        });
      }
    }
    return out;
  },
};
