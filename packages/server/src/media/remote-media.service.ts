import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { MediaRepository, MediaRow } from './media.repository.ts';
import { MAX_DESCRIPTION_CHARS, MAX_MEDIA_PER_POST, MEDIA_PURGE_QUEUE } from './media.service.ts';
import type { RemoteMediaRepository } from './remote-media.repository.ts';

/**
 * One attachment of a remote post as the inbox read it (federation/inbox/incoming-media.ts):
 * already checked to be an http(s) address, its description plain text.
 */
export interface RemoteMediaInput {
  url: string;
  /** The type the other server declared; null when it declared none. */
  mediaType: string | null;
  description: string | null;
  width: number | null;
  height: number | null;
  blurhash: string | null;
}

/** What the posts service asks of remote images, inside a remote post's own transactions. */
export interface RemotePostMedia {
  /**
   * The attachments we keep of a remote author's post: none from a domain whose block rejects
   * media (`reject_media`, or suspended), at most four. Read before the post's transaction.
   */
  acceptRemote(authorId: string, items: RemoteMediaInput[]): Promise<RemoteMediaInput[]>;
  attachRemote(
    trx: Kysely<Database>,
    authorId: string,
    postId: string,
    items: RemoteMediaInput[],
  ): Promise<void>;
  /** An edit: rows are kept by address (descriptions updated), added, or purged. */
  replaceRemote(
    trx: Kysely<Database>,
    authorId: string,
    postId: string,
    items: RemoteMediaInput[],
  ): Promise<void>;
}

/** A random, unguessable name for the image proxy's address (128 bits, as local files). */
export function newProxyKey(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether a declared type says the attachment is something other than an image. */
export function isImageType(mediaType: string | null): boolean {
  return mediaType === null || mediaType.toLowerCase().startsWith('image/');
}

export function createRemoteMedia(deps: {
  db: Kysely<Database>;
  repo: MediaRepository;
  remote: RemoteMediaRepository;
  jobs: JobQueue;
  clock: Clock;
  ids: IdGenerator;
  /** The domain policy's answer (policy/domain-policy.ts). */
  acceptsMediaFrom: (host: string) => Promise<boolean>;
}) {
  const { repo, remote, jobs, clock, ids } = deps;

  function rowOf(
    authorId: string,
    extra: { postId: string | null; purpose: MediaRow['purpose']; position: number },
    item: RemoteMediaInput,
  ): MediaRow {
    return {
      id: ids(),
      account_id: authorId,
      post_id: extra.postId,
      position: extra.position,
      // Ready to be shown: its address is known; the file is fetched on first view.
      state: 'ready',
      description: boundedDescription(item.description),
      focus_x: 0,
      focus_y: 0,
      original_key: null,
      original_type: null,
      original_width: item.width,
      original_height: item.height,
      original_bytes: null,
      small_key: null,
      small_width: null,
      small_height: null,
      blurhash: item.blurhash,
      created_at: clock.now().toISOString(),
      remote_url: item.url,
      remote_media_type: item.mediaType,
      proxy_key: newProxyKey(),
      purpose: extra.purpose,
      fetch_error: null,
      fetch_failed_at: null,
    };
  }

  /** Marks rows for the purge job (the same durable path as a deleted local post's images). */
  async function purge(trx: Kysely<Database>, mediaIds: string[]): Promise<void> {
    if (mediaIds.length === 0) return;
    await repo.markDeleted(trx, mediaIds);
    await jobs.enqueue(MEDIA_PURGE_QUEUE, { mediaIds }, undefined, trx);
  }

  /** Whether images may come from this address and this author's server. */
  async function mayHold(authorDomain: string | null, url: string): Promise<boolean> {
    if (authorDomain === null) return false;
    const host = new URL(url).host.toLowerCase();
    if (!(await deps.acceptsMediaFrom(authorDomain))) return false;
    return host === authorDomain || deps.acceptsMediaFrom(host);
  }

  const forPosts: RemotePostMedia = {
    async acceptRemote(authorId, items) {
      if (items.length === 0) return [];
      const domain = await remote.domainOf(authorId);
      const kept: RemoteMediaInput[] = [];
      for (const item of items.slice(0, MAX_MEDIA_PER_POST)) {
        if (await mayHold(domain, item.url)) kept.push(item);
      }
      return kept;
    },
    async attachRemote(trx, authorId, postId, items) {
      for (const [position, item] of items.entries()) {
        const row = rowOf(authorId, { postId, purpose: null, position }, item);
        await trx.insertInto('media_attachments').values(row).execute();
      }
    },
    async replaceRemote(trx, authorId, postId, items) {
      const current = await repo.ofPost(trx, postId);
      const byUrl = new Map(current.filter((r) => r.remote_url).map((r) => [r.remote_url, r]));
      const kept = new Set<string>();
      for (const [position, item] of items.entries()) {
        const existing = byUrl.get(item.url);
        if (existing && !kept.has(existing.id)) {
          kept.add(existing.id);
          await repo.updateOnPost(trx, postId, existing.id, {
            position,
            description: boundedDescription(item.description),
          });
          continue;
        }
        const row = rowOf(authorId, { postId, purpose: null, position }, item);
        await trx.insertInto('media_attachments').values(row).execute();
      }
      await purge(
        trx,
        current.filter((r) => !kept.has(r.id)).map((r) => r.id),
      );
    },
  };

  return {
    forPosts,
    mayHold,
    /** A new row for a remote account's avatar or header, outside any post. */
    async addPicture(
      accountId: string,
      purpose: 'avatar' | 'header',
      url: string,
      replaces: MediaRow | undefined,
    ): Promise<MediaRow> {
      const row = rowOf(
        accountId,
        { postId: null, purpose, position: 0 },
        { url, mediaType: null, description: null, width: null, height: null, blurhash: null },
      );
      await deps.db.transaction().execute(async (trx) => {
        await trx.insertInto('media_attachments').values(row).execute();
        if (replaces) await purge(trx, [replaces.id]);
      });
      return row;
    },
    /**
     * A remote account is gone (its server sent a Delete): every image we hold of it — pictures
     * and its posts' attachments — loses its rows and cached files, through the purge job.
     */
    async forgetAccount(accountId: string): Promise<void> {
      await deps.db.transaction().execute(async (trx) => {
        await purge(trx, await remote.ofRemoteAccount(trx, accountId));
      });
    },
  };
}

export type RemoteMedia = ReturnType<typeof createRemoteMedia>;

/** Plain text, bounded as our own descriptions are; blank is none. */
function boundedDescription(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed.slice(0, MAX_DESCRIPTION_CHARS);
}
