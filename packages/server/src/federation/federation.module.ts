import {
  type Actor,
  type Context,
  createFederation,
  type MessageQueue,
  type Recipient,
  type RequestContext,
} from '@fedify/fedify';
import type { Hono } from 'hono';
import { findVisibleAccountByAcct } from '../accounts/accounts.repository.ts';
import type { AppEnv } from '../http/auth.ts';
import { apiError } from '../http/errors.ts';
import { createDomainPolicy } from '../policy/domain-policy.ts';
import { type ActorKeyPair, actorKeysRepository } from './actor-keys.repository.ts';
import { instanceActor, localActor } from './actors.ts';
import { collectionsRepository } from './collections.repository.ts';
import { deliveryRetryPolicy } from './delivery-policy.ts';
import { withEmpathieExtension } from './empathie-extension.ts';
import { registerEmpathieObjectDispatchers } from './empathie-objects/empathie-objects.dispatch.ts';
import type { EmpathieFederation, FederationDeps } from './federation.deps.ts';
import { createFetchGate, type FetchGate } from './fetch-gate.ts';
import { registerInboxHandlers } from './inbox/index.ts';
import { databaseKvStore } from './kv-store.ts';
import { createDatabaseMessageQueue } from './message-queue.ts';
import { registerFeaturedDispatcher } from './objects/featured.ts';
import { registerObjectDispatchers } from './objects/index.ts';
import { remoteAccountsRepository } from './remote-accounts.repository.ts';
import { type RemoteAccountsService, remoteAccountsService } from './remote-accounts.service.ts';
import { createRemoteCollectionsReader } from './remote-collections.wiring.ts';
import { INSTANCE_ACTOR_IDENTIFIER } from './uri.ts';

const PAGE_SIZE = 40;

export interface FederationHandle {
  federation: EmpathieFederation;
  /** A Fedify context outside any request (jobs, the outbound bridge, remote resolution). */
  context(): Context<void>;
  /** The key pairs of a local account (by id) or of the instance actor. */
  keyPairs(ownerId: string): Promise<ActorKeyPair[]>;
  /** The stored pairs only, none generated (a deleted account signs its own Delete with them). */
  storedKeyPairs(ownerId: string): Promise<ActorKeyPair[]>;
  /** Remote people: found by `@name@host` or actor URI, stored or refreshed (ADR 0019). */
  remoteAccounts: RemoteAccountsService;
  /**
   * Runs the delivery and inbox worker until `signal` aborts (main.ts, in the server process;
   * tests that want deliveries start it too). Fedify never starts it by itself.
   */
  startQueue(signal: AbortSignal): Promise<void>;
  /** Secure mode's gate: tells a fetch refused for a block (404) from an unsigned one (401). */
  fetchGate: FetchGate;
}

export interface FederationOptions {
  /** Fedify's outbox/inbox queue: by default our database queue (message-queue.ts, ADR 0019). */
  queue?: MessageQueue;
  /** The domain policy's word on delivery: nothing goes to a suspended domain. */
  mayDeliverTo?: (host: string) => Promise<boolean>;
}

/**
 * Builds our Fedify federation: actors at `/users/{identifier}` (the stored username), WebFinger,
 * key pairs, followers/following collections, the inboxes (handlers registered by inbox/) and the
 * object dispatchers (objects/). `origin` pins every URI Fedify builds to `PUBLIC_URL`, so what it
 * answers agrees with the URIs stored in the database (uri.ts), whatever host a request used.
 */
export function createFederationModule(
  deps: FederationDeps,
  options: FederationOptions = {},
): FederationHandle {
  const { config, database, clock, uris } = deps;
  const db = database.db;
  const keys = actorKeysRepository(db, clock);
  const collections = collectionsRepository(db);
  const federation: EmpathieFederation = createFederation<void>({
    kv: databaseKvStore(db, clock),
    queue:
      options.queue ??
      createDatabaseMessageQueue({
        ...deps,
        allowPrivateAddress: config.allowPrivateAddress,
        ...(options.mayDeliverTo ? { mayDeliverTo: options.mayDeliverTo } : {}),
      }),
    // Our queue applies the same policy to outbox messages itself (about two days).
    outboxRetryPolicy: deliveryRetryPolicy,
    // The worker runs where main.ts starts it, never as a side effect of a first delivery.
    manuallyStartQueue: true,
    origin: config.publicUrl,
    allowPrivateAddress: config.allowPrivateAddress,
    userAgent: { software: 'Empathie', url: new URL(config.publicUrl) },
  });

  // Secure mode (AUTHORIZED_FETCH): collections only for a request signed by some actor's key,
  // and one the policy lets read the owner's things (fetch-gate.ts), so a server we cannot
  // identify, or one we or the owner block, cannot list who follows whom.
  const fetchGate = createFetchGate(db, config.authorizedFetch);
  const signedByAnActor = (
    ctx: RequestContext<void>,
    identifier: string,
    _key: unknown,
    owner: Actor | null,
  ): Promise<boolean> => fetchGate.collection(ctx, identifier, owner);

  /** The local account an identifier names: exactly its stored username, or nothing. */
  async function accountOf(identifier: string) {
    const row = await findVisibleAccountByAcct(db, identifier.toLowerCase(), null);
    return row && row.username === identifier ? row : null;
  }

  federation
    .setActorDispatcher('/users/{identifier}', async (ctx, identifier) => {
      if (identifier === INSTANCE_ACTOR_IDENTIFIER) {
        return instanceActor(uris, await ctx.getActorKeyPairs(identifier), config.domain);
      }
      const row = await accountOf(identifier);
      if (!row) return null;
      return localActor(row, uris, await ctx.getActorKeyPairs(identifier));
    })
    .setKeyPairsDispatcher(async (_ctx, identifier) => {
      if (identifier === INSTANCE_ACTOR_IDENTIFIER) return keys.keyPairs(INSTANCE_ACTOR_IDENTIFIER);
      const row = await accountOf(identifier);
      return row ? keys.keyPairs(row.id) : [];
    })
    // WebFinger asks by username, in any case; the identifier is the username as stored.
    .mapHandle(async (_ctx, username) => {
      if (username === INSTANCE_ACTOR_IDENTIFIER) return INSTANCE_ACTOR_IDENTIFIER;
      const row = await findVisibleAccountByAcct(db, username.toLowerCase(), null);
      return row?.username ?? null;
    });

  federation
    .setFollowersDispatcher(
      '/users/{identifier}/followers',
      async (_ctx, identifier, cursor, filter) => {
        const row = await accountOf(identifier);
        if (!row) return null;
        if (cursor === null) {
          // No cursor: Fedify is delivering to "followers". Only remote inboxes (local followers
          // see the post through the home feed), narrowed to one server when Fedify asks so.
          const rows = await collections.remoteFollowers(row.id, filter?.origin ?? null);
          const items: Recipient[] = rows.map((r) => ({
            id: new URL(r.uri),
            inboxId: r.inbox_url ? new URL(r.inbox_url) : null,
            endpoints: r.shared_inbox_url ? { sharedInbox: new URL(r.shared_inbox_url) } : null,
          }));
          return { items };
        }
        const page = await collections.followersPage(row.id, cursor || null, PAGE_SIZE);
        return {
          items: page.map((r) => ({ id: new URL(r.uri), inboxId: null })),
          nextCursor: page.length === PAGE_SIZE ? (page.at(-1)?.follow_id ?? null) : null,
        };
      },
    )
    .setCounter(async (_ctx, identifier) => {
      const row = await accountOf(identifier);
      return row ? collections.countFollowers(row.id) : null;
    })
    .setFirstCursor(() => '')
    .authorize(signedByAnActor);

  federation
    .setFollowingDispatcher('/users/{identifier}/following', async (_ctx, identifier, cursor) => {
      const row = await accountOf(identifier);
      if (!row) return null;
      const page = await collections.followingPage(row.id, cursor || null, PAGE_SIZE);
      return {
        items: page.map((r) => new URL(r.uri)),
        nextCursor: page.length === PAGE_SIZE ? (page.at(-1)?.follow_id ?? null) : null,
      };
    })
    .setCounter(async (_ctx, identifier) => {
      const row = await accountOf(identifier);
      return row ? collections.countFollowing(row.id) : null;
    })
    .setFirstCursor(() => '')
    .authorize(signedByAnActor);

  // Set ONCE here; the handlers themselves live in inbox/.
  const listeners = federation.setInboxListeners('/users/{identifier}/inbox', '/inbox');
  registerInboxHandlers(listeners, deps);
  // Calls to action and spotlights as Empathie's own structured objects (empathie-objects/).
  registerEmpathieObjectDispatchers(federation, deps, fetchGate);
  registerObjectDispatchers(federation, deps, fetchGate);
  // Pinned posts (Mastodon's `featured`), read under the same rule as the other collections.
  registerFeaturedDispatcher(federation, deps, signedByAnActor);

  const context = () => federation.createContext(new URL(config.publicUrl), undefined);
  const domains = createDomainPolicy(db);
  const collectionsReader = createRemoteCollectionsReader(deps, context);
  const remoteAccounts = remoteAccountsService({
    repo: remoteAccountsRepository(db),
    clock,
    ids: deps.ids,
    logger: deps.logger,
    uris,
    localDomain: config.domain,
    allowPrivateAddress: config.allowPrivateAddress,
    userAgent: `Empathie (+${config.publicUrl})`,
    context,
    acceptsFrom: (host) => domains.acceptsActivitiesFrom(host),
    readCollections: (row, data) => collectionsReader.refresh(row, data),
  });
  return {
    federation,
    context,
    keyPairs: (ownerId) => keys.keyPairs(ownerId),
    storedKeyPairs: (ownerId) => keys.existingKeyPairs(ownerId),
    remoteAccounts,
    startQueue: (signal) => federation.startQueue(undefined, { signal }),
    fetchGate,
  };
}

/**
 * Mounts Fedify's routes on the app; requests it does not own go on to the next handler (so a
 * browser asking for `/users/name` still gets the web app, as Fedify's Hono integration does).
 * One difference: a server asking for an actor or a WebFinger resource that does not exist gets
 * a JSON 404, not the web app's page, which a fetcher would take for an answer.
 */
export function mountFederation(
  app: Hono<AppEnv>,
  handle: FederationHandle,
  deps: Pick<FederationDeps, 'database'>,
): void {
  // Fedify's actor objects carry no unknown terms: the `empathie:` extension is added to the
  // compacted actor document on its way out (empathie-extension.ts).
  app.use('/users/:identifier', async (c, next) => {
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.req.method !== 'GET' || c.res.status !== 200 || !/activity\+json|ld\+json/.test(type)) {
      return;
    }
    const row = await findVisibleAccountByAcct(
      deps.database.db,
      // Read from the path: a middleware's route parameters are not filled in after next().
      decodeURIComponent(c.req.path.slice('/users/'.length)).toLowerCase(),
      null,
    );
    if (!row || row.intention.trim() === '') return;
    const actor = (await c.res.json()) as Record<string, unknown>;
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(JSON.stringify(withEmpathieExtension(actor, row.intention)), {
      status: 200,
      headers,
    });
  });
  app.use(async (c, next) =>
    handle.federation.fetch(c.req.raw, {
      contextData: undefined,
      async onNotFound(request) {
        await next();
        const html = (c.res.headers.get('content-type') ?? '').includes('text/html');
        if (wantsFederationAnswer(request) && (html || c.res.status >= 500)) {
          // After next(), Hono keeps `c.res`, not what a middleware returns: replace it there.
          c.res = apiError(c, 'not_found');
        }
        return c.res;
      },
      // A signer refused for a block is told nothing exists (404); an unsigned request still
      // hears that it must sign (Fedify's 401).
      async onUnauthorized(request) {
        if (handle.fetchGate.refusedForBlock(request)) return apiError(c, 'not_found');
        return new Response('Unauthorized', {
          status: 401,
          headers: { vary: 'Accept, Signature' },
        });
      },
      async onNotAcceptable() {
        await next();
        if (c.res.status !== 404) return c.res;
        return new Response('Not acceptable', {
          status: 406,
          headers: { 'content-type': 'text/plain', vary: 'Accept' },
        });
      },
    }),
  );
}

/** A WebFinger query, or a request for ActivityPub JSON rather than a page. */
function wantsFederationAnswer(request: Request): boolean {
  if (new URL(request.url).pathname === '/.well-known/webfinger') return true;
  const accept = request.headers.get('accept') ?? '';
  return accept.includes('application/activity+json') || accept.includes('application/ld+json');
}
