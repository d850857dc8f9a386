/**
 * Pure checks of Kubernetes name and label formats, as the API server and the
 * SuperEdge controllers apply them (the names they derive are in src/superedge/names).
 * Internal: not exported.
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** A DNS-1123 label: lower-case alphanumerics and '-', at most 63 characters. */
export function isDns1123Label(s: string): boolean {
  return s.length <= 63 && DNS1123_LABEL.test(s);
}

/** A DNS-1123 subdomain: dot-separated DNS-1123 labels, at most 253 characters. */
export function isDns1123Subdomain(s: string): boolean {
  return s.length <= 253 && DNS1123_SUBDOMAIN.test(s);
}

/** A DNS-1035 label (Service names): starts with a letter, at most 63 characters. */
export function isDns1035Label(s: string): boolean {
  return s.length <= 63 && DNS1035_LABEL.test(s);
}

/** A label value: empty, or at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends. */
export function isLabelValue(s: string): boolean {
  return s === '' || (s.length <= 63 && LABEL_NAME.test(s));
}

/** A label key: an optional DNS-subdomain prefix and '/', then a name as for values (not empty). */
export function isLabelKey(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash === -1) return s.length > 0 && s.length <= 63 && LABEL_NAME.test(s);
  const prefix = s.slice(0, slash);
  const name = s.slice(slash + 1);
  return isDns1123Subdomain(prefix) && name.length > 0 && name.length <= 63 && LABEL_NAME.test(name);
}

/**
 * A name usable at once as a cluster-scoped object name, a node label key without
 * prefix and a node label value: what NodeUnit and NodeGroup names must be (site-manager
 * labels nodes `<unit>: nodeunits.superedge.io` and `<group>: <unit>`).
 */
export function isSiteName(s: string): boolean {
  return s.length <= 63 && isDns1123Subdomain(s) && isLabelKey(s) && isLabelValue(s);
}

/** A bare IPv4 or IPv6 address. */
export function isIpAddress(s: string): boolean {
  return IPV4.test(s) || (s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s));
}

/** Why `s` is not a site name, for error messages. */
export function siteNameProblem(s: string): string | undefined {
  if (s.length === 0) return 'it is empty';
  if (s.length > 63) return `it has ${s.length} characters (at most 63)`;
  if (/[A-Z]/.test(s)) return 'it has upper-case letters';
  if (s.includes('/')) return "it contains '/'";
  if (!isSiteName(s)) return "it may only hold lower-case letters, digits, '-' and '.', and must start and end with a letter or digit";
  return undefined;
}

/**
 * A likely valid spelling of a name, for the fix part of a message: lower-cased, other
 * characters turned into '-', trimmed to alphanumerics at both ends and to `maxLength`.
 */
export interface SuggestOptions {
  readonly maxLength?: number;
  readonly allowDots?: boolean;
  /** A prefix that makes the suggestion start with a letter. */
  readonly letterFirst?: string;
  readonly fallback?: string;
}

export function suggestName(name: string, options: SuggestOptions = {}): string {
  const other = options.allowDots ? /[^a-z0-9.-]+/g : /[^a-z0-9-]+/g;
  let s = name.toLowerCase().replace(other, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').slice(0, options.maxLength ?? 63);
  s = s.replace(/[^a-z0-9]+$/, '');
  if (options.letterFirst && s && !/^[a-z]/.test(s)) s = `${options.letterFirst}${s}`;
  return s || (options.fallback ?? 'name-1');
}
