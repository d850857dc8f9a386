import { CheckResult } from '../validation/findings';

/**
 * SE-O02 (error): a declared default interface must be a Linux interface name: 1 to 15
 * characters of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`. Anything
 * else is no interface `edgectl install --interface` could use (and is refused before a
 * script is written). A pure function of what it inspects. Internal.
 */
export const INTERFACE_NAME_RULE = 'SE-O02';

const LINUX_INTERFACE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/;

/** Whether `s` is a usable Linux network interface name. */
export function isInterfaceName(s: string): boolean {
  return LINUX_INTERFACE.test(s);
}

export function checkInterfaceName(node: string, defaultInterface: string | undefined): CheckResult[] {
  if (defaultInterface === undefined || isInterfaceName(defaultInterface)) return [];
  return [{
    ruleId: INTERFACE_NAME_RULE,
    message: `the default interface ${JSON.stringify(defaultInterface)} of node "${node}" is not a Linux interface name (1 to 15 letters, digits, '_', '.' or '-', not starting with '.' or '-')`,
    fix: "give the name `ip route show default` prints after \"dev\" on the node, e.g. defaultInterface: 'eth0'",
  }];
}
