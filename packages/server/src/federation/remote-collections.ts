import { type DocumentLoader, Note } from '@fedify/fedify';
import { checkOutboundUrl } from '../security/outbound-url.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import type { RemoteCollectionsRepository, RemoteCounts } from './remote-collections.repository.ts';

/** Collections are read again at most once a day, whatever makes us read the actor. */
export const COLLECTIONS_FRESH_MS = 24 * 60 * 60 * 1000;
/** How many pinned posts we read (Mastodon lets a person pin five). */
export const MAX_FEATURED = 10;
/** One fetch may take this long, and all of one account's collections together this long. */
const FETCH_MS = 5000;
const BUDGET_MS = 15_000;
/** A count above this is not believed (and not stored). */
const MAX_COUNT = 1_000_000_000;

export interface RemoteCollectionUrls {
  followersUrl: string | null;
  followingUrl: string | null;
  outboxUrl: string | null;
  featuredUrl: string | null;
}

export interface RemoteCollectionsDeps {
  repo: RemoteCollectionsRepository;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  allowPrivateAddress: boolean;
  /** The instance actor's signed loader: servers in secure mode answer only signed fetches. */
  documentLoader: () => Promise<DocumentLoader>;
  contextLoader: () => DocumentLoader;
  /**
   * Stores a remote Note through the path incoming posts take (inbox/incoming-note.ts), or
   * null when there is no such path (an app built without the conversation services).
   */
  storeNote: ((note: Note, actorUri: string) => Promise<string | null>) | null;
}

/**
 * Reads what a remote account's collections say about it: the `totalItems` of its followers,
 * following and outbox (the counts its own server shows), and its `featured` collection (Mastodon's
 * pinned posts), stored as its posts and pins. Every URL must be on the actor's own origin and
 * pass the outbound check; each fetch is signed, bounded in time, and a collection that cannot be
 * read leaves what we had.
 */
export function remoteCollectionsReader(deps: RemoteCollectionsDeps) {
  const { repo, clock } = deps;
  const inFlight = new Map<string, Promise<void>>();

  /** The JSON document at `url`, if it is on `origin` and answers in time; otherwise null. */
  async function fetchDocument(
    raw: string,
    origin: string,
    loader: DocumentLoader,
    deadline: number,
  ): Promise<Record<string, unknown> | null> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return null;
    }
    if (url.origin !== origin) return null;
    const wait = Math.min(FETCH_MS, deadline - Date.now());
    if (wait <= 0) return null;
    if (!(await checkOutboundUrl(url, { allowPrivate: deps.allowPrivateAddress })).ok) return null;
    let timer: NodeJS.Timeout | undefined;
    try {
      const remote = await Promise.race([
        loader(url.href),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('time-out')), wait);
        }),
      ]);
      const doc = remote.document;
      // A redirect to another origin is not this actor's collection.
      if (new URL(remote.documentUrl).origin !== origin) return null;
      return doc !== null && typeof doc === 'object' && !Array.isArray(doc)
        ? (doc as Record<string, unknown>)
        : null;
    } catch (error) {
      deps.logger.debug('remote collection not read', { url: url.href, error: String(error) });
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  async function countOf(
    url: string | null,
    origin: string,
    loader: DocumentLoader,
    deadline: number,
  ): Promise<number | undefined> {
    if (!url) return undefined;
    const doc = await fetchDocument(url, origin, loader, deadline);
    const total = doc?.totalItems;
    const n = typeof total === 'string' && /^\d{1,10}$/.test(total) ? Number(total) : total;
    return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && n <= MAX_COUNT
      ? n
      : undefined;
  }

  /** The first items of a collection: inline, or on its first page (embedded or one fetch away). */
  async function firstItems(
    doc: Record<string, unknown>,
    origin: string,
    loader: DocumentLoader,
    deadline: number,
  ): Promise<unknown[]> {
    const inline = doc.orderedItems ?? doc.items;
    if (Array.isArray(inline)) return inline.slice(0, MAX_FEATURED);
    if (inline !== undefined) return [inline];
    const first = doc.first;
    const page =
      typeof first === 'string'
        ? await fetchDocument(first, origin, loader, deadline)
        : first !== null && typeof first === 'object'
          ? (first as Record<string, unknown>)
          : null;
    const items = page?.orderedItems ?? page?.items;
    return Array.isArray(items) ? items.slice(0, MAX_FEATURED) : [];
  }

  /** Stores the pinned posts the featured collection lists; their ids, most recently pinned first. */
  async function storeFeatured(
    doc: Record<string, unknown>,
    actorUri: string,
    origin: string,
    loader: DocumentLoader,
    deadline: number,
  ): Promise<string[]> {
    const store = deps.storeNote;
    if (!store) return [];
    const stored: string[] = [];
    for (const item of await firstItems(doc, origin, loader, deadline)) {
      const object =
        typeof item === 'string'
          ? await fetchDocument(item, origin, loader, deadline)
          : item !== null && typeof item === 'object'
            ? { '@context': doc['@context'], ...(item as Record<string, unknown>) }
            : null;
      if (!object) continue;
      try {
        const note = await Note.fromJsonLd(object, {
          documentLoader: loader,
          contextLoader: deps.contextLoader(),
        });
        // storeNote keeps only a Note of this actor, from its own origin (incoming-note.ts).
        const postId = await store(note, actorUri);
        if (postId) stored.push(postId);
      } catch {
        // Not a Note (a poll, an article, something broken): not shown as pinned.
      }
    }
    return stored;
  }

  /**
   * Reads the collections of the remote account `account`, unless they were read less than a
   * day ago (`force` aside). Never throws: what cannot be read stays as it was.
   */
  async function refresh(
    account: { id: string; uri: string },
    urls: RemoteCollectionUrls,
    options: { force?: boolean } = {},
  ): Promise<void> {
    // A burst of activities from a new sender resolves it several times at once: one read.
    const running = inFlight.get(account.id);
    if (running) return running;
    const read = readNow(account, urls, options).finally(() => inFlight.delete(account.id));
    inFlight.set(account.id, read);
    return read;
  }

  async function readNow(
    account: { id: string; uri: string },
    urls: RemoteCollectionUrls,
    options: { force?: boolean },
  ): Promise<void> {
    const now = clock.now();
    const deadline = Date.now() + BUDGET_MS;
    try {
      const last = await repo.collectionsFetchedAt(account.id);
      const fresh = last !== null && now.getTime() - Date.parse(last) < COLLECTIONS_FRESH_MS;
      if (fresh && !options.force) return;
      const origin = new URL(account.uri).origin;
      const loader = await deps.documentLoader();
      const featured = async (): Promise<string[] | null> => {
        if (!urls.featuredUrl) return [];
        const doc = await fetchDocument(urls.featuredUrl, origin, loader, deadline);
        return doc ? storeFeatured(doc, account.uri, origin, loader, deadline) : null;
      };
      const [followers, following, statuses, pinned] = await Promise.all([
        countOf(urls.followersUrl, origin, loader, deadline),
        countOf(urls.followingUrl, origin, loader, deadline),
        countOf(urls.outboxUrl, origin, loader, deadline),
        featured(),
      ]);
      const counts: RemoteCounts = { followers, following, statuses };
      await repo.saveCounts(account.id, counts);
      // A featured collection we could not read leaves the pins we had.
      if (pinned) await repo.replacePins(account.id, pinned, () => deps.ids(), now.toISOString());
      await repo.markCollectionsFetched(account.id, now.toISOString());
    } catch (error) {
      deps.logger.info('remote collections not read', { uri: account.uri, error: String(error) });
    }
  }

  return { refresh };
}

export type RemoteCollectionsReader = ReturnType<typeof remoteCollectionsReader>;
