import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Where the server may send a push: an https URL on a public address. A push endpoint is an
 * address a client chose, and the server POSTs to it from inside its own network: without this
 * rule anyone with a token could make the instance knock on its database or cloud metadata.
 * `allowPrivate` (ALLOW_PRIVATE_ADDRESS=true, for development and tests) lifts both rules.
 */
export function isAcceptableEndpoint(raw: string, allowPrivate: boolean): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (allowPrivate) return url.protocol === 'https:' || url.protocol === 'http:';
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.')) {
    return isIP(host) === 6 ? isPublicAddress(host) : false;
  }
  return isIP(host) === 0 || isPublicAddress(host);
}

/** Resolves the endpoint's host at send time: a public name may point at a private address. */
export async function resolvesPublicly(raw: string, allowPrivate: boolean): Promise<boolean> {
  if (allowPrivate) return true;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) return isPublicAddress(host);
  try {
    const addresses = await lookup(host, { all: true });
    return addresses.length > 0 && addresses.every((a) => isPublicAddress(a.address));
  } catch {
    return false;
  }
}

/** Whether an IP address is on the public internet (not loopback, private, link-local…). */
export function isPublicAddress(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a = 0, b = 0] = v4.slice(1, 3).map(Number);
    if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
    if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
    if (a === 169 && b === 254) return false; // link-local, cloud metadata
    if (a === 172 && b >= 16 && b <= 31) return false;
    if (a === 192 && b === 168) return false;
    if (a === 192 && b === 0) return false;
    if (a === 198 && (b === 18 || b === 19)) return false;
    return true;
  }
  const v6 = address.toLowerCase();
  if (isIP(v6) !== 6) return false;
  if (v6 === '::' || v6 === '::1') return false;
  if (/^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith('ff')) return false;
  if (v6.startsWith('::ffff:')) return false; // mapped v4 in hex form: refuse rather than parse
  return true;
}
