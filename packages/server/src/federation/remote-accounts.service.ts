import { Object as APObject, type Context, type DocumentLoader, isActor } from '@fedify/fedify';
import type { AccountRow } from '../api/mastodon/account.serializer.ts';
import { checkOutboundUrl } from '../security/outbound-url.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { readIntention } from './empathie-extension.ts';
import type { RemoteAccountsRepository } from './remote-accounts.repository.ts';
import { type RemoteActorData, remoteActorData } from './remote-profile.ts';
import { INSTANCE_ACTOR_IDENTIFIER, type LocalUris } from './uri.ts';
import { parseHandle, webFingerActorUri } from './webfinger-client.ts';

export type ResolveError =
  | { kind: 'bad_handle' }
  | { kind: 'local' }
  | { kind: 'refused_url' }
  | { kind: 'domain_suspended' }
  | { kind: 'not_found' }
  | { kind: 'not_an_actor' }
  | { kind: 'id_mismatch' };

/** A remote profile read less than this long ago is used as stored, not fetched again. */
const FRESH_MS = 24 * 60 * 60 * 1000;
/** How long after an activity resolved its sender its collections are read (see fetchAndStore). */
const BACKGROUND_DELAY_MS = 60_000;

/**
 * Finds remote people and keeps them: `@name@host` through WebFinger, or an actor URI (what
 * arriving activities name), fetched with the instance actor's signature (servers in secure
 * mode answer only signed requests), checked, and stored or refreshed as a remote account.
 */
export function remoteAccountsService(deps: {
  repo: RemoteAccountsRepository;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  uris: LocalUris;
  localDomain: string;
  allowPrivateAddress: boolean;
  userAgent: string;
  context: () => Context<void>;
  /** The policy's word on a host (suspended domains are never fetched from). */
  acceptsFrom: (host: string) => Promise<boolean>;
  /**
   * Reads the account's collections (counts, pinned posts) once it is stored: when first
   * resolved, then at most daily (remote-collections.ts).
   */
  readCollections?: (account: AccountRow, data: RemoteActorData) => Promise<void>;
}) {
  const { repo, clock, uris } = deps;
  // Collection reads deferred for senders of arriving activities, and those under way.
  const deferred = new Map<string, { timer: NodeJS.Timeout; run: () => Promise<void> }>();
  const pending = new Set<Promise<void>>();
  const fresh = (fetchedAt: string | null) =>
    fetchedAt !== null && clock.now().getTime() - Date.parse(fetchedAt) < FRESH_MS;

  async function loader(): Promise<DocumentLoader> {
    return deps.context().getDocumentLoader({ identifier: INSTANCE_ACTOR_IDENTIFIER });
  }

  /**
   * Fetches the actor at `uri` and stores it. The document must say it is the actor at the
   * address it was fetched from: a server cannot make us file an actor under another's name.
   */
  async function fetchAndStore(
    uri: URL,
    collections: 'await' | 'background',
  ): Promise<Result<AccountRow, ResolveError>> {
    if (uris.isLocal(uri.href)) return err({ kind: 'local' });
    if (!(await deps.acceptsFrom(uri.host.toLowerCase()))) return err({ kind: 'domain_suspended' });
    const checked = await checkOutboundUrl(uri, { allowPrivate: deps.allowPrivateAddress });
    if (!checked.ok) return err({ kind: 'refused_url' });
    const documentLoader = await loader();
    let document: unknown;
    let fetchedFrom: URL;
    try {
      const remote = await documentLoader(uri.href);
      document = remote.document;
      fetchedFrom = new URL(remote.documentUrl);
    } catch (error) {
      deps.logger.debug('remote actor fetch failed', { uri: uri.href, error: String(error) });
      return err({ kind: 'not_found' });
    }
    let object: unknown;
    try {
      object = await APObject.fromJsonLd(document, {
        documentLoader,
        contextLoader: deps.context().contextLoader,
      });
    } catch {
      return err({ kind: 'not_an_actor' });
    }
    if (!isActor(object)) return err({ kind: 'not_an_actor' });
    if (!object.id || object.id.origin !== fetchedFrom.origin || object.id.origin !== uri.origin) {
      return err({ kind: 'id_mismatch' });
    }
    const data = await remoteActorData(object, readIntention(document), {
      documentLoader,
      contextLoader: deps.context().contextLoader,
    });
    if (!data) return err({ kind: 'not_an_actor' });
    const now = clock.now().toISOString();
    const row = await repo.upsert(data, deps.ids(), now);
    if (!deps.readCollections) return ok(row);
    const read = deps.readCollections;
    if (collections === 'background') {
      // An activity is being handled (its sender resolved): its Accept or its effect must not
      // wait for more fetches, nor a pile-on of new senders multiply them at that moment. The
      // read is deferred a while, once per account; it never throws.
      if (!deferred.has(row.id)) {
        const timer = setTimeout(() => start(row.id), BACKGROUND_DELAY_MS);
        timer.unref();
        deferred.set(row.id, { timer, run: () => read(row, data) });
      }
      return ok(row);
    }
    await read(row, data);
    // The counts just read are in the row the caller shows.
    return ok((await repo.byUri(row.uri)) ?? row);
  }

  /**
   * The account at an actor URI: stored and fresh, or fetched now. `refresh` fetches even a
   * fresh one (an `Update` of the actor arrived, so what we hold is out of date).
   */
  async function resolveActor(
    uri: string | URL,
    options: { refresh?: boolean } = {},
  ): Promise<Result<AccountRow, ResolveError>> {
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      return err({ kind: 'not_found' });
    }
    const stored = await repo.byUri(url.href);
    if (stored && !options.refresh && fresh(await repo.fetchedAt(stored.id))) return ok(stored);
    const fetched = await fetchAndStore(url, 'background');
    // A server that is down does not make us forget whom we knew.
    return !fetched.ok && stored && fetched.error.kind === 'not_found' ? ok(stored) : fetched;
  }

  /** The account `@name@host`: stored and fresh, or found through WebFinger now. */
  async function resolveHandle(handle: string): Promise<Result<AccountRow, ResolveError>> {
    const parsed = parseHandle(handle);
    if (!parsed) return err({ kind: 'bad_handle' });
    if (parsed.host === deps.localDomain.toLowerCase()) return err({ kind: 'local' });
    if (!(await deps.acceptsFrom(parsed.host))) return err({ kind: 'domain_suspended' });
    const stored = await repo.byAcct(parsed.username.toLowerCase(), parsed.host);
    if (stored && fresh(await repo.fetchedAt(stored.id))) return ok(stored);
    const found = await webFingerActorUri(handle, {
      allowPrivate: deps.allowPrivateAddress,
      userAgent: deps.userAgent,
    });
    if (!found.ok) {
      if (stored) return ok(stored);
      return err(
        found.error.kind === 'refused_url' ? { kind: 'refused_url' } : { kind: 'not_found' },
      );
    }
    // Someone is looking this person up: the answer shows their counts and pins at once.
    return fetchAndStore(found.value, 'await');
  }

  /** Starts a deferred collection read now. */
  function start(accountId: string): void {
    const waiting = deferred.get(accountId);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    deferred.delete(accountId);
    const reading = waiting.run();
    pending.add(reading);
    void reading.finally(() => pending.delete(reading));
  }

  /** Runs the deferred collection reads now and resolves once every one has ended (tests). */
  async function collectionsRead(): Promise<void> {
    for (const accountId of [...deferred.keys()]) start(accountId);
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  return { resolveActor, resolveHandle, collectionsRead };
}

export type RemoteAccountsService = ReturnType<typeof remoteAccountsService>;
