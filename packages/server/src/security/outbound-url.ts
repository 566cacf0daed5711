import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { err, ok, type Result } from '../shared/result.ts';

/**
 * Why a URL that came from outside may not be fetched. The server fetches URLs it is handed by
 * other servers and by people (actors, WebFinger, inboxes); without this check, anyone could
 * make it reach addresses inside its own network (SSRF): a cloud metadata service, an admin port.
 */
export type OutboundUrlError =
  | { kind: 'invalid_url' }
  | { kind: 'scheme_not_allowed'; scheme: string }
  | { kind: 'credentials_in_url' }
  | { kind: 'unresolvable'; host: string }
  | { kind: 'private_address'; address: string };

export type Resolver = (host: string) => Promise<string[]>;

const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

// Addresses that are not the public Internet (RFC 6890 special-purpose registries).
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) {
  PRIVATE.addSubnet(net, prefix, 'ipv6');
}

/** An IPv4 address carried inside an IPv6 one (mapped, NAT64, 6to4), which reaches that IPv4. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted?.[1]) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex?.[1] && hex[2]) {
    const hi = Number.parseInt(hex[1], 16);
    const lo = Number.parseInt(hex[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  if (sixToFour?.[1] && sixToFour[2]) {
    const hi = Number.parseInt(sixToFour[1], 16);
    const lo = Number.parseInt(sixToFour[2], 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** Whether an IP address (v4 or v6) is private, loopback, link-local, multicast or reserved. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family === 6) {
    const inner = embeddedIpv4(address);
    if (inner !== null) return PRIVATE.check(inner, 'ipv4');
    return PRIVATE.check(address, 'ipv6');
  }
  // Not an address at all: refuse rather than guess.
  return true;
}

/**
 * Checks a URL that came from outside before the server fetches it: http(s) only, no
 * credentials, and every address its host resolves to public (unless `allowPrivate`, for
 * development and tests). The fetch itself must not follow redirects blindly: check each hop.
 * A host may still re-resolve to another address between this check and the fetch (DNS
 * rebinding); Fedify's own `allowPrivateAddress: false` checks again at fetch time.
 */
export async function checkOutboundUrl(
  input: string | URL,
  options: { allowPrivate: boolean; resolve?: Resolver },
): Promise<Result<URL, OutboundUrlError>> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return err({ kind: 'invalid_url' });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return err({ kind: 'scheme_not_allowed', scheme: url.protocol.replace(/:$/, '') });
  }
  if (url.username !== '' || url.password !== '') return err({ kind: 'credentials_in_url' });
  if (options.allowPrivate) return ok(url);
  // `[::1]` → `::1`
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch {
      return err({ kind: 'unresolvable', host });
    }
    if (addresses.length === 0) return err({ kind: 'unresolvable', host });
  }
  const blocked = addresses.find(isPrivateAddress);
  return blocked === undefined ? ok(url) : err({ kind: 'private_address', address: blocked });
}
