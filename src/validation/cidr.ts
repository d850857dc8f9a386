/* eslint-disable no-bitwise */ // CIDR arithmetic is bit arithmetic.
/**
 * IPv4 CIDR arithmetic for the cluster network checks. Internal: not exported.
 */

/** A parsed IPv4 CIDR block. */
export interface Cidr {
  readonly text: string;
  /** first address as an unsigned 32-bit number */
  readonly base: number;
  readonly prefix: number;
}

/** Parses `a.b.c.d/n` (the host bits are masked off, as `net.ParseCIDR` does); undefined when malformed. */
export function parseCidr(text: string): Cidr | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some(o => o > 255) || prefix > 32) return undefined;
  const addr = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
  return { text, base: maskOf(addr, prefix), prefix };
}

function maskOf(addr: number, prefix: number): number {
  if (prefix === 0) return 0;
  const mask = (0xffffffff << (32 - prefix)) >>> 0;
  return (addr & mask) >>> 0;
}

/** Number of addresses in the block. */
export function sizeOf(c: Cidr): number {
  return 2 ** (32 - c.prefix);
}

/** True when the two blocks share at least one address. */
export function overlaps(a: Cidr, b: Cidr): boolean {
  const aEnd = a.base + sizeOf(a);
  const bEnd = b.base + sizeOf(b);
  return a.base < bEnd && b.base < aEnd;
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return inner.prefix >= outer.prefix && maskOf(inner.base, outer.prefix) === outer.base;
}
