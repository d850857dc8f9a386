import { contains, parseCidr, Cidr } from '../cidr';
import { suggestName } from '../names';
import type { RuleFinding } from '../rule';

/** Small helpers the rule objects share. Internal. */

/** A likely valid spelling of a unit or group name, for fixes. */
export function suggestSiteName(name: string): string {
  return suggestName(name, { allowDots: true, fallback: 'site-1' });
}

/** The SE-C01 finding for a CIDR that does not parse. */
export function cidrParseProblem(origin: string, what: string, text: string): RuleFinding {
  return {
    origin,
    message: `${what} "${text}" is not an IPv4 CIDR`,
    fix: 'write it as a.b.c.d/n, e.g. 10.33.0.0/16',
  };
}

const PRIVATE_RANGES: Array<{ cidr: Cidr; min: number; max: number }> = [
  { cidr: parseCidr('10.0.0.0/8')!, min: 14, max: 24 },
  { cidr: parseCidr('172.16.0.0/12')!, min: 16, max: 24 },
  { cidr: parseCidr('192.168.0.0/16')!, min: 16, max: 24 },
  { cidr: parseCidr('9.0.0.0/8')!, min: 14, max: 24 },
];

/** Whether a CIDR is in the private ranges TKE Edge allows, with an allowed prefix. */
export function inPrivateRange(c: Cidr): boolean {
  return PRIVATE_RANGES.some(r => contains(r.cidr, c) && c.prefix >= r.min && c.prefix <= r.max);
}

/** The cluster's own ranges and every other network it must not overlap, parsed (unparsable ones left out). */
export function namedNetworks(cluster: {
  podCidr?: string;
  serviceCidr?: string;
  vpcCidr?: string;
  otherClusterCidrs: readonly string[];
  nodeNetworks: readonly string[];
}): Array<{ what: string; text: string; cidr?: Cidr }> {
  const out: Array<{ what: string; text: string; cidr?: Cidr }> = [];
  const add = (what: string, text: string | undefined) => {
    if (text !== undefined) out.push({ what, text, cidr: parseCidr(text) });
  };
  add('Pod CIDR', cluster.podCidr);
  add('Service CIDR', cluster.serviceCidr);
  add('VPC CIDR', cluster.vpcCidr);
  cluster.otherClusterCidrs.forEach(c => add('other cluster CIDR', c));
  cluster.nodeNetworks.forEach(c => add('node network', c));
  return out;
}
