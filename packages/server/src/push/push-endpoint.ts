import { isIP } from 'node:net';
import { checkOutboundUrl, isPrivateAddress, type Resolver } from '../security/outbound-url.ts';

/**
 * Where the server may send a push: an https URL on a public address. A push endpoint is an
 * address a client chose, and the server POSTs to it from inside its own network: without this
 * rule anyone with a token could make the instance knock on its database or cloud metadata.
 * `allowPrivate` (ALLOW_PRIVATE_ADDRESS=true, for development and tests) lifts both rules.
 *
 * At subscription the URL alone is judged (an address literal, `localhost`, a single-label name);
 * names are resolved before each send by the shared outbound check (`security/outbound-url.ts`).
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
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) return !isPrivateAddress(host);
  return host.includes('.') && host !== 'localhost' && !host.endsWith('.localhost');
}

/** Before each send: every address the endpoint's name resolves to now must be public. */
export async function resolvesPublicly(
  raw: string,
  allowPrivate: boolean,
  resolve?: Resolver,
): Promise<boolean> {
  if (!isAcceptableEndpoint(raw, allowPrivate)) return false;
  const checked = await checkOutboundUrl(raw, { allowPrivate, ...(resolve ? { resolve } : {}) });
  return checked.ok;
}
