import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';

/** The client address of a request, as rate limits and log-in delays count it. */
export type ClientIp = (c: Context) => string | null;

/** `::ffff:192.0.2.1` (an IPv4 peer on a dual-stack socket) → `192.0.2.1`. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address;
}

/**
 * Builds the client-address reader for the `TRUSTED_PROXIES` setting (validated by readEnv).
 * The address is the connection's peer, unless that peer is a trusted proxy: then
 * `X-Forwarded-For` is read from the right, each trusted proxy's hop skipped, and the first
 * address that is not a trusted proxy is the client. Entries left of it were written by the
 * client itself, so they are never believed. With no trusted proxy the header is ignored:
 * nobody can choose their own address. `null` when there is no socket (in-process requests,
 * such as tests and the demo).
 */
export function clientIpReader(trustedProxies: readonly string[]): ClientIp {
  const trusted = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) trusted.addAddress(plain(address), type);
    else trusted.addSubnet(address, Number(prefix), type);
  }
  const isTrusted = (address: string) => {
    const family = isIP(address);
    return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };

  return (c) => {
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const peer = env?.incoming?.socket?.remoteAddress;
    if (!peer) return null;
    let client = plain(peer);
    if (trustedProxies.length === 0 || !isTrusted(client)) return client;
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((h) => plain(h.trim()));
    for (const hop of hops.reverse()) {
      // A malformed entry ends the walk: the last trusted hop is the best address known.
      if (isIP(hop) === 0) break;
      client = hop;
      if (!isTrusted(hop)) break;
    }
    return client;
  };
}
