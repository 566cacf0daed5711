import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { Logger } from '../shared/logger.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { MediaRepository, MediaRow } from './media.repository.ts';
import { MEDIA_MAX_BYTES, type ProcessingError, processImage } from './media-processing.ts';
import { type MediaStore, newMediaKey } from './media-store.ts';
import type { RemotePostMedia } from './remote-media.service.ts';

export const MEDIA_CLEANUP_QUEUE = 'media.cleanup';
export const MEDIA_PURGE_QUEUE = 'media.purge';
/** An upload no post took within this delay is deleted, files and all. */
export const UNATTACHED_TTL_MS = 24 * 60 * 60_000;
export const MAX_DESCRIPTION_CHARS = 1500;
export const MAX_MEDIA_PER_POST = 4;

export type MediaError =
  | ProcessingError
  | { kind: 'not_found' }
  | { kind: 'too_large'; max: number }
  | { kind: 'too_many'; max: number }
  /** Someone else's, unknown, deleted, or already on another post. */
  | { kind: 'not_attachable'; id: string }
  | { kind: 'still_processing'; id: string };

/** Thrown inside a post's transaction to roll it back; the posts service turns it into a value. */
export class MediaAttachError extends Error {
  constructor(readonly problem: MediaError) {
    super(`media not attachable: ${problem.kind}`);
  }
}

export interface MediaChanges {
  description?: string | undefined;
  focus?: { x: number; y: number } | undefined;
}

/** How the posts service attaches and releases media (no HTTP, no storage: rows only). */
export interface PostMedia {
  check(authorId: string, ids: string[]): Promise<Result<void, MediaError>>;
  attach(trx: Kysely<Database>, authorId: string, postId: string, ids: string[]): Promise<void>;
  /** Edits: the post's media become exactly `ids`; those left out are deleted. */
  replace(trx: Kysely<Database>, authorId: string, postId: string, ids: string[]): Promise<void>;
  describe(
    trx: Kysely<Database>,
    authorId: string,
    postId: string,
    changes: Array<MediaChanges & { id: string }>,
  ): Promise<void>;
  /** How many images a post carries. */
  count(postId: string): Promise<number>;
  /** A post is being deleted: its media are marked and their files purged by a durable job. */
  release(trx: Kysely<Database>, postId: string): Promise<void>;
  /** Images of remote posts (remote-media.service.ts), set by the media module. */
  remote?: RemotePostMedia;
}

export type MediaService = ReturnType<typeof createMediaService>;

export function createMediaService(deps: {
  db: Kysely<Database>;
  repo: MediaRepository;
  store: MediaStore;
  jobs: JobQueue;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
}) {
  const { db, repo, store, jobs, clock, ids, logger } = deps;

  async function deleteFiles(row: MediaRow): Promise<void> {
    for (const key of [row.original_key, row.small_key]) if (key) await store.delete(key);
  }

  /** Decodes, strips and stores one upload; the row says `ready` or `failed` after. */
  async function processInto(
    row: MediaRow,
    bytes: Uint8Array,
  ): Promise<Result<MediaRow, MediaError>> {
    const processed = await processImage(bytes);
    if (!processed.ok) {
      await repo.update(row.id, { state: 'failed' });
      return err(processed.error);
    }
    const { contentType, original, small, blurhash } = processed.value;
    const originalKey = newMediaKey(contentType);
    const smallKey = newMediaKey(contentType);
    await store.put(originalKey, original.bytes, contentType);
    await store.put(smallKey, small.bytes, contentType);
    const changes = {
      state: 'ready' as const,
      original_key: originalKey,
      original_type: contentType,
      original_width: original.width,
      original_height: original.height,
      original_bytes: original.bytes.length,
      small_key: smallKey,
      small_width: small.width,
      small_height: small.height,
      blurhash,
    };
    await repo.update(row.id, changes);
    return ok({ ...row, ...changes });
  }

  return {
    /**
     * Stores an upload. Answers once processed, or, when processing takes longer than
     * `waitMs`, at once with the row still `processing` (Mastodon's 202); the work goes on and
     * a client polls GET /api/v1/media/:id. An upload no post takes is deleted after 24 h.
     */
    async upload(
      accountId: string,
      input: { bytes: Uint8Array; description?: string | undefined; focus?: MediaChanges['focus'] },
      waitMs = Number.POSITIVE_INFINITY,
    ): Promise<Result<MediaRow, MediaError>> {
      if (input.bytes.length > MEDIA_MAX_BYTES)
        return err({ kind: 'too_large', max: MEDIA_MAX_BYTES });
      const now = clock.now();
      const row: MediaRow = {
        id: ids(),
        account_id: accountId,
        post_id: null,
        position: 0,
        state: 'processing',
        description: input.description?.trim() || null,
        focus_x: input.focus?.x ?? 0,
        focus_y: input.focus?.y ?? 0,
        original_key: null,
        original_type: null,
        original_width: null,
        original_height: null,
        original_bytes: null,
        small_key: null,
        small_width: null,
        small_height: null,
        blurhash: null,
        created_at: now.toISOString(),
        remote_url: null,
        remote_media_type: null,
        proxy_key: null,
        purpose: null,
        fetch_error: null,
        fetch_failed_at: null,
      };
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('media_attachments').values(row).execute();
        await jobs.enqueue(
          MEDIA_CLEANUP_QUEUE,
          { mediaId: row.id },
          new Date(now.getTime() + UNATTACHED_TTL_MS),
          trx,
        );
      });
      const work = processInto(row, input.bytes).catch((error: unknown) => {
        logger.error('media processing failed', { mediaId: row.id, error: String(error) });
        return repo
          .update(row.id, { state: 'failed' })
          .then(() => err({ kind: 'unreadable' } as const));
      });
      if (!Number.isFinite(waitMs)) return work;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), waitMs);
      });
      const first = await Promise.race([work, late]);
      clearTimeout(timer);
      return first === 'late' ? ok(row) : first;
    },

    async find(accountId: string, id: string): Promise<Result<MediaRow, MediaError>> {
      const row = await repo.findOwn(accountId, id);
      return row ? ok(row) : err({ kind: 'not_found' });
    },

    async update(
      accountId: string,
      id: string,
      changes: MediaChanges,
    ): Promise<Result<MediaRow, MediaError>> {
      const row = await repo.findOwn(accountId, id);
      if (!row) return err({ kind: 'not_found' });
      const set = changesOf(changes);
      if (Object.keys(set).length > 0) await repo.update(id, set);
      return ok({ ...row, ...set });
    },

    /** The cleanup job: an upload still on no post a day later goes, files and row. */
    async cleanupDue(payload: unknown): Promise<void> {
      const mediaId = (payload as { mediaId?: unknown } | null)?.mediaId;
      if (typeof mediaId !== 'string') return;
      const row = await repo.find(mediaId);
      if (!row || row.post_id !== null) return;
      await deleteFiles(row);
      await repo.remove(row.id);
    },

    /** The purge job: media of a deleted post (or left out by an edit) lose their files. */
    async purgeDue(payload: unknown): Promise<void> {
      const list = (payload as { mediaIds?: unknown } | null)?.mediaIds;
      if (!Array.isArray(list)) return;
      for (const mediaId of list) {
        if (typeof mediaId !== 'string') continue;
        const row = await repo.find(mediaId);
        if (row?.state !== 'deleted') continue;
        await deleteFiles(row);
        await repo.remove(row.id);
      }
    },

    /** The person's files for their data export, with what describes them. */
    async exportFiles(accountId: string) {
      const rows = await repo.ofAccount(accountId);
      const files: Array<{ row: MediaRow; bytes: Uint8Array }> = [];
      for (const row of rows) {
        const bytes = row.original_key ? await store.get(row.original_key) : null;
        if (bytes) files.push({ row, bytes });
      }
      return files;
    },

    postMedia: createPostMedia(repo, jobs),
  };
}

/** The columns a description or focus change sets; a blank description is none. */
function changesOf(changes: MediaChanges): Partial<MediaRow> {
  return {
    ...(changes.description !== undefined
      ? { description: changes.description.trim() || null }
      : {}),
    ...(changes.focus ? { focus_x: changes.focus.x, focus_y: changes.focus.y } : {}),
  };
}

function createPostMedia(repo: MediaRepository, jobs: JobQueue): PostMedia {
  async function purge(trx: Kysely<Database>, rows: MediaRow[]): Promise<void> {
    if (rows.length === 0) return;
    const mediaIds = rows.map((r) => r.id);
    await repo.markDeleted(trx, mediaIds);
    await jobs.enqueue(MEDIA_PURGE_QUEUE, { mediaIds }, undefined, trx);
  }

  async function check(
    authorId: string,
    ids: string[],
    executor?: Kysely<Database>,
    postId?: string,
  ): Promise<Result<void, MediaError>> {
    if (ids.length > MAX_MEDIA_PER_POST) return err({ kind: 'too_many', max: MAX_MEDIA_PER_POST });
    const rows = await repo.attachable(authorId, ids, executor);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids) {
      const row = byId.get(id);
      if (!row || row.state === 'deleted' || row.state === 'failed') {
        return err({ kind: 'not_attachable', id });
      }
      if (row.post_id !== null && row.post_id !== postId)
        return err({ kind: 'not_attachable', id });
      if (row.state === 'processing') return err({ kind: 'still_processing', id });
    }
    return ok(undefined);
  }

  async function attach(trx: Kysely<Database>, authorId: string, postId: string, ids: string[]) {
    const checked = await check(authorId, ids, trx, postId);
    if (!checked.ok) throw new MediaAttachError(checked.error);
    for (const [position, id] of ids.entries()) {
      if (!(await repo.attach(trx, authorId, postId, id, position))) {
        throw new MediaAttachError({ kind: 'not_attachable', id });
      }
    }
  }

  return {
    check: (authorId, ids) => check(authorId, ids),
    count: async (postId) => (await repo.ofPost(repo.db, postId)).length,
    attach,
    async replace(trx, authorId, postId, ids) {
      const current = await repo.ofPost(trx, postId);
      await attach(trx, authorId, postId, ids);
      const kept = new Set(ids);
      await purge(
        trx,
        current.filter((r) => !kept.has(r.id)),
      );
    },
    async describe(trx, _authorId, postId, changes) {
      const current = new Map((await repo.ofPost(trx, postId)).map((r) => [r.id, r]));
      for (const change of changes) {
        // Only this post's own media: an id from elsewhere is not the edit's to change.
        if (!current.has(change.id))
          throw new MediaAttachError({ kind: 'not_attachable', id: change.id });
        await repo.updateOnPost(trx, postId, change.id, changesOf(change));
      }
    },
    async release(trx, postId) {
      await purge(trx, await repo.ofPost(trx, postId));
    },
  };
}
