import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Server-side request forgery guard: webhooks go to public unicast addresses only, unless private targets are
 * allowed (local development, tests). Checked when an endpoint is saved and again on every connection, on the
 * address actually connected to, so a name that re-resolves to a private address (DNS rebinding) is refused.
 */

const RANGES: ReadonlyArray<readonly [network: string, prefix: number, family: 'ipv4' | 'ipv6', kind: string]> = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified'],
  ['10.0.0.0', 8, 'ipv4', 'private'],
  ['100.64.0.0', 10, 'ipv4', 'shared (CGNAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local'],
  ['172.16.0.0', 12, 'ipv4', 'private'],
  ['192.0.0.0', 24, 'ipv4', 'reserved'],
  ['192.0.2.0', 24, 'ipv4', 'documentation'],
  ['192.168.0.0', 16, 'ipv4', 'private'],
  ['198.18.0.0', 15, 'ipv4', 'reserved'],
  ['198.51.100.0', 24, 'ipv4', 'documentation'],
  ['203.0.113.0', 24, 'ipv4', 'documentation'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['::ffff:0:0', 96, 'ipv6', 'IPv4-mapped'],
  ['::', 96, 'ipv6', 'IPv4-compatible'],
  ['64:ff9b::', 96, 'ipv6', 'NAT64'],
  ['64:ff9b:1::', 48, 'ipv6', 'NAT64'],
  ['100::', 64, 'ipv6', 'discard'],
  ['2001::', 32, 'ipv6', 'Teredo'],
  ['2001:db8::', 32, 'ipv6', 'documentation'],
  ['2002::', 16, 'ipv6', '6to4'],
  ['fc00::', 7, 'ipv6', 'private (unique local)'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'site-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const BLOCKS = RANGES.map(([network, prefix, family, kind]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { list, family, kind };
});

/** Why a webhook may not connect to `address` (an IP address), or undefined when it may. */
export function forbiddenAddressKind(address: string): string | undefined {
  const version = isIP(address);
  if (version === 0) return 'not an IP address';
  const family = version === 4 ? 'ipv4' : 'ipv6';
  return BLOCKS.find((block) => block.family === family && block.list.check(address, family))?.kind;
}

export class TargetRefusedError extends Error {
  readonly code = 'EWEBHOOKTARGET';
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefusedError';
  }
}

/** The host of a URL without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/** Parses a webhook URL: absolute http or https. Throws TargetRefusedError otherwise. */
export function parseTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefusedError('The URL is not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TargetRefusedError(`The URL must use http or https, not ${url.protocol.slice(0, -1)}`);
  if (hostOf(url) === '') throw new TargetRefusedError('The URL has no host');
  return url;
}

/** What every refusal of a private target ends with: the setting that would allow it. */
const PUBLIC_ONLY = 'webhooks go to public addresses only (set WEBHOOK_ALLOW_PRIVATE_TARGETS=true to allow loopback and private targets)';

function refuseAddress(host: string, address: string): void {
  const kind = forbiddenAddressKind(address);
  if (kind === undefined) return;
  const where = host === address ? `${address} is` : `${host} resolves to ${address}, which is`;
  throw new TargetRefusedError(`${where} a ${kind} address; ${PUBLIC_ONLY}`);
}

export type ResolveAll = (hostname: string) => Promise<LookupAddress[]>;

const resolveWithDns: ResolveAll = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

export interface TargetCheckOptions {
  allowPrivateTargets: boolean;
  /** Name resolution (default: the system resolver, as connections use it). */
  resolve?: ResolveAll | undefined;
}

/**
 * Checks a URL when an endpoint is saved. A name that does not resolve now is accepted: every connection checks
 * again, and that check is the one that counts.
 */
export async function checkTarget(raw: string, options: TargetCheckOptions): Promise<URL> {
  const url = parseTargetUrl(raw);
  if (options.allowPrivateTargets) return url;
  const host = hostOf(url);
  if (isIP(host) !== 0) {
    refuseAddress(host, host);
    return url;
  }
  if (/(^|\.)localhost\.?$/i.test(host)) throw new TargetRefusedError(`${host} is a loopback name; ${PUBLIC_ONLY}`);
  let addresses: LookupAddress[];
  try {
    addresses = await (options.resolve ?? resolveWithDns)(host);
  } catch {
    return url;
  }
  for (const { address } of addresses) refuseAddress(host, address);
  return url;
}

/** Checks an IP-literal host before connecting (the system does not look those up, so `guardedLookup` never sees them). */
export function checkLiteralHost(url: URL): void {
  const host = hostOf(url);
  if (isIP(host) !== 0) refuseAddress(host, host);
}

/** A `lookup` for sockets that fails when the name resolves to any address a webhook may not reach. */
export const guardedLookup: LookupFunction = (hostname, options: LookupOptions, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', undefined);
    try {
      for (const { address } of addresses) refuseAddress(hostname, address);
    } catch (refused) {
      return callback(refused as TargetRefusedError, '', undefined);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', undefined);
    callback(null, first.address, first.family);
  });
};
