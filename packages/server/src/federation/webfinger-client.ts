import { checkOutboundUrl, type OutboundUrlError } from '../security/outbound-url.ts';
import { err, ok, type Result } from '../shared/result.ts';

export type WebFingerError =
  | { kind: 'bad_handle' }
  | { kind: 'refused_url'; reason: OutboundUrlError }
  | { kind: 'not_found' }
  | { kind: 'unreachable' };

const MAX_REDIRECTS = 3;
const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 10_000;

/** `name@host` (leading `@` allowed), the host with its port when it has one. */
export function parseHandle(handle: string): { username: string; host: string } | null {
  const match = /^@?([^@\s/]+)@([^@\s/?#]+)$/.exec(handle.trim());
  if (!match?.[1] || !match[2]) return null;
  return { username: match[1], host: match[2].toLowerCase() };
}

/**
 * Finds the actor URI of `name@host` through WebFinger (RFC 7033), as Mastodon does, checking
 * every URL against the SSRF guard first and each redirect again. Over https; over http only
 * when private addresses are allowed (development and tests, where instances listen on plain
 * http on loopback) and https did not answer.
 */
export async function webFingerActorUri(
  handle: string,
  options: { allowPrivate: boolean; userAgent: string },
): Promise<Result<URL, WebFingerError>> {
  const parsed = parseHandle(handle);
  if (!parsed) return err({ kind: 'bad_handle' });
  const resource = `acct:${parsed.username}@${parsed.host}`;
  const schemes = options.allowPrivate ? ['https:', 'http:'] : ['https:'];
  let last: WebFingerError = { kind: 'unreachable' };
  for (const scheme of schemes) {
    const url = new URL(`${scheme}//${parsed.host}/.well-known/webfinger`);
    url.searchParams.set('resource', resource);
    const found = await fetchJrd(url, options);
    if (found.ok) return found;
    last = found.error;
    // A server that answered (404, refused) has said its word; only silence tries plain http.
    if (found.error.kind !== 'unreachable') return found;
  }
  return err(last);
}

async function fetchJrd(
  start: URL,
  options: { allowPrivate: boolean; userAgent: string },
): Promise<Result<URL, WebFingerError>> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const checked = await checkOutboundUrl(url, { allowPrivate: options.allowPrivate });
    if (!checked.ok) return err({ kind: 'refused_url', reason: checked.error });
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/jrd+json, application/json',
          'user-agent': options.userAgent,
        },
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      return err({ kind: 'unreachable' });
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const next = new URL(location, url);
      if (next.protocol !== url.protocol) return err({ kind: 'not_found' });
      url = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return err({ kind: 'not_found' });
    }
    const text = await response.text();
    if (text.length > MAX_BYTES) return err({ kind: 'not_found' });
    return selfLink(text);
  }
  return err({ kind: 'not_found' });
}

/** The `self` link of type ActivityPub in a JRD document. */
export function selfLink(text: string): Result<URL, WebFingerError> {
  let jrd: unknown;
  try {
    jrd = JSON.parse(text);
  } catch {
    return err({ kind: 'not_found' });
  }
  const links = (jrd as { links?: unknown })?.links;
  if (!Array.isArray(links)) return err({ kind: 'not_found' });
  for (const link of links) {
    const { rel, type, href } = (link ?? {}) as { rel?: unknown; type?: unknown; href?: unknown };
    const activityJson =
      type === 'application/activity+json' ||
      (typeof type === 'string' && type.startsWith('application/ld+json'));
    if (rel !== 'self' || !activityJson || typeof href !== 'string') continue;
    try {
      return ok(new URL(href));
    } catch {
      // An unusable href: look at the next link.
    }
  }
  return err({ kind: 'not_found' });
}
