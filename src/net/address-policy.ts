/**
 * Which hosts and addresses the service may send requests to (article pages, webhook
 * targets): the SSRF rules, as pure functions. `outbound-client.ts` applies them to the
 * address each connection is actually made to.
 */
import ipaddr from 'ipaddr.js';
import { OutboundError } from './outbound-error.js';

/**
 * Cloud metadata endpoints. They are link-local, unique-local, CGNAT or reserved anyway;
 * they are named here so that even the private-host escape hatch never reaches them.
 */
const METADATA_ADDRESSES = new Set([
  '169.254.169.254', // AWS, GCP, Azure, DigitalOcean, OpenStack
  '169.254.170.2', // AWS ECS task metadata
  '169.254.169.123', // AWS time sync
  'fd00:ec2::254', // AWS IPv6 metadata
  '100.100.100.200', // Alibaba Cloud
  '192.0.0.192', // Oracle Cloud
]);

/** Ranges never reachable, even for a host on the private list: nothing is served there. */
const NEVER = new Set(['unspecified', 'multicast', 'broadcast']);

export interface OutboundPolicy {
  /**
   * When non-empty, only these hosts (and their subdomains) may be requested:
   * `vnexpress.net` allows `vnexpress.net` and `e.vnexpress.net`.
   */
  allowedHosts: readonly string[];
  /**
   * Hosts allowed to resolve to loopback, private, link-local or CGNAT addresses: an
   * on-premise CMS (`cms.toasoan.local`), or `127.0.0.1` for tests. Exact host names or IP
   * literals; empty by default. Metadata addresses stay refused.
   */
  privateHosts: readonly string[];
}

/** Host names compared without brackets, case or a trailing dot. */
export function canonicalHost(hostname: string): string {
  return hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
}

/**
 * The range an address is in, as ipaddr.js names it: only `unicast` is public.
 * @example addressRange('8.8.8.8') //=> 'unicast'
 * @example addressRange('::ffff:127.0.0.1') //=> 'ipv4Mapped'
 */
export function addressRange(address: string): string {
  if (!ipaddr.isValid(address)) return 'invalid';
  return ipaddr.parse(address).range();
}

/**
 * Why a connection to `address` (made for `hostname`) is refused, or undefined when it may go.
 * @example refusalReason('example.vn', '10.0.0.7', policy) //=> 'resolves to a private address (10.0.0.7)'
 */
export function refusalReason(hostname: string, address: string, policy: OutboundPolicy): string | undefined {
  const canonical = canonicalHost(address.replace(/%.*$/, '')); // drop an IPv6 zone id
  const range = addressRange(canonical);
  if (range === 'invalid') return `has an invalid address (${address})`;
  const normalized = ipaddr.parse(canonical).toString();
  if (METADATA_ADDRESSES.has(normalized)) return `resolves to a cloud metadata address (${normalized})`;
  if (range === 'unicast') return undefined;
  if (!NEVER.has(range) && policy.privateHosts.includes(canonicalHost(hostname))) return undefined;
  return `resolves to a ${describeRange(range)} address (${normalized})`;
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback',
  private: 'private',
  uniqueLocal: 'private',
  linkLocal: 'link-local',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'broadcast',
  unspecified: 'unspecified',
  ipv4Mapped: 'IPv4-mapped IPv6',
  rfc6145: 'IPv4-translated IPv6',
  rfc6052: 'NAT64',
  '6to4': '6to4',
  teredo: 'Teredo',
};
const describeRange = (range: string): string => RANGE_NAMES[range] ?? `reserved (${range})`;

/** True when `host` is one of `entries` or a subdomain of one. */
export function hostMatches(host: string, entries: readonly string[]): boolean {
  const h = canonicalHost(host);
  return entries.some((entry) => h === entry || h.endsWith(`.${entry}`));
}

/**
 * Checks a URL before anything is sent: http(s) only, no credentials, the host allowlist,
 * and IP-literal hosts against the address rules (names are checked once resolved, at
 * connect time). Throws `OutboundError`; returns the parsed URL.
 * @example checkTargetUrl('ftp://example.vn/a', policy) // throws OutboundError('invalid_url')
 */
export function checkTargetUrl(raw: string, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError('invalid_url', 'is not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundError('invalid_url', 'must use http or https');
  if (url.username || url.password) throw new OutboundError('invalid_url', 'must not contain a user name or password');
  const host = canonicalHost(url.hostname);
  if (!host) throw new OutboundError('invalid_url', 'has no host');
  if (policy.allowedHosts.length > 0 && !hostMatches(host, policy.allowedHosts)) {
    throw new OutboundError('host_not_allowed', `host ${host} is not in the allowed hosts`);
  }
  if (ipaddr.isValid(host)) {
    const reason = refusalReason(host, host, policy);
    if (reason) throw new OutboundError('address_refused', `host ${host} ${reason}`);
  }
  return url;
}

/** Parses a comma-separated host list from configuration: trimmed, canonical, no empties. */
export function parseHostList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((h) => canonicalHost(h.trim()))
    .filter(Boolean);
}
