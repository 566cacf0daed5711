import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';

const INBOX = /^\/(?:users\/[^/]+\/)?inbox$/;

/**
 * Refuses, before Fedify reads them, activities delivered to our inboxes from a domain the
 * instance suspended: by the host of the signing key (`keyId` of a draft-cavage `Signature`,
 * `keyid` of an RFC 9421 `Signature-Input`) or of the activity's `actor`. Either one is enough,
 * so a suspended server cannot slip through by signing with a key hosted elsewhere, or by naming
 * another actor. Answers 403 with our error body; nothing is stored, nothing is queued.
 */
export function refuseSuspendedSenders(policy: {
  acceptsActivitiesFrom(host: string): Promise<boolean>;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || !INBOX.test(c.req.path)) return next();
    const hosts = new Set<string>();
    const signature = `${c.req.header('signature') ?? ''} ${c.req.header('signature-input') ?? ''}`;
    for (const m of signature.matchAll(/keyid="([^"]+)"/gi)) addHost(hosts, m[1]);
    try {
      const body = JSON.parse(await c.req.raw.clone().text()) as { actor?: unknown };
      const actor = body?.actor;
      addHost(hosts, typeof actor === 'string' ? actor : (actor as { id?: unknown })?.id);
    } catch {
      // Not JSON: Fedify answers that itself.
    }
    for (const host of hosts) {
      if (!(await policy.acceptsActivitiesFrom(host))) {
        return apiError(c, 'forbidden', {
          fr: 'Cette instance ne reçoit plus rien de votre serveur.',
          en: 'This instance no longer accepts anything from your server.',
        });
      }
    }
    return next();
  };
}

function addHost(hosts: Set<string>, value: unknown): void {
  if (typeof value !== 'string') return;
  try {
    hosts.add(new URL(value).host);
  } catch {
    // Not a URL: no host to judge.
  }
}
