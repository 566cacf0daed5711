import type { Hono } from 'hono';
import { type AccountRow, serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { MastodonSearch } from '../api/mastodon/search.serializer.ts';
import type { AppEnv } from '../http/auth.ts';
import type { Result } from '../shared/result.ts';
import type { ResolveError } from './remote-accounts.service.ts';
import { parseHandle } from './webfinger-client.ts';

/** What the lookup routes need from federation, connected once the federation module is built. */
export interface RemoteResolver {
  resolveHandle(handle: string): Promise<Result<AccountRow, ResolveError>>;
  resolveActor(
    uri: string,
    options?: { refresh?: boolean },
  ): Promise<Result<AccountRow, ResolveError>>;
}

/**
 * The routes below are mounted before the search and accounts routes (they answer first, or
 * step aside), but federation is built after every domain: this gate joins the two.
 */
export function createRemoteResolverGate() {
  let resolver: RemoteResolver | null = null;
  return {
    connect(r: RemoteResolver) {
      resolver = r;
    },
    get: () => resolver,
  };
}

export type RemoteResolverGate = ReturnType<typeof createRemoteResolverGate>;

/**
 * Remote people found by name, as Mastodon apps ask for them:
 * - `GET /api/v2/search?q=@name@host&resolve=true` (or an actor URL) with a person's token finds
 *   the account through WebFinger, stores it, and answers it alone;
 * - `GET /api/v1/accounts/lookup?acct=name@host` with a token finds and stores it when unknown.
 * Anything else goes on to the ordinary search and lookup routes, which validate the request.
 * Resolution needs a person's token: nobody anonymous makes this server fetch other hosts.
 */
export function mountRemoteLookupRoutes(
  app: Hono<AppEnv>,
  deps: {
    gate: RemoteResolverGate;
    localDomain: string;
    publicUrl: string;
    /** The policy's block rule: someone on the other side of a block is never answered. */
    blockedEitherWay: (a: string, b: string) => Promise<boolean>;
  },
): void {
  const ctx = { publicUrl: deps.publicUrl };
  const isRemote = (handle: string) => {
    const parsed = parseHandle(handle);
    return parsed !== null && parsed.host !== deps.localDomain.toLowerCase();
  };
  const remoteUrl = (q: string) => {
    try {
      const url = new URL(q);
      return (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.host.toLowerCase() !== deps.localDomain.toLowerCase()
        ? url
        : null;
    } catch {
      return null;
    }
  };

  app.get('/api/v2/search', async (c, next) => {
    const resolver = deps.gate.get();
    const q = (c.req.query('q') ?? '').trim();
    const resolve = ['true', '1', 'on', 'yes'].includes(
      (c.req.query('resolve') ?? '').toLowerCase(),
    );
    const type = c.req.query('type');
    const url = remoteUrl(q);
    if (!resolver || !resolve || !c.get('viewer') || (type !== undefined && type !== 'accounts')) {
      return next();
    }
    if (!isRemote(q) && !url) return next();
    const found = url ? await resolver.resolveActor(url.href) : await resolver.resolveHandle(q);
    if (!found.ok) return next();
    const viewerId = c.get('viewer')?.accountId ?? '';
    const shown = !(await deps.blockedEitherWay(viewerId, found.value.id));
    const body: MastodonSearch = {
      accounts: shown ? [serializeAccount(found.value, ctx)] : [],
      statuses: [],
      hashtags: [],
    };
    return c.json(body);
  });

  app.get('/api/v1/accounts/lookup', async (c, next) => {
    const resolver = deps.gate.get();
    const acct = (c.req.query('acct') ?? '').trim();
    if (resolver && c.get('viewer') && isRemote(acct)) {
      // Stored (or refreshed) here; the lookup route then answers it with its own rules.
      await resolver.resolveHandle(acct);
    }
    return next();
  });
}
