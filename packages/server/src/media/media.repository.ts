import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { MediaAttachmentTable } from './media.tables.ts';

export type MediaRow = Selectable<MediaAttachmentTable>;
export type MediaRepository = ReturnType<typeof mediaRepository>;

/** The SQL of the media domain; every statement works on SQLite and PostgreSQL alike. */
export function mediaRepository(db: Kysely<Database>) {
  return {
    db,
    async insert(row: Insertable<MediaAttachmentTable>): Promise<void> {
      await db.insertInto('media_attachments').values(row).execute();
    },

    /** One of the person's own media; anyone else's answers as if it did not exist. */
    findOwn(accountId: string, id: string): Promise<MediaRow | undefined> {
      return db
        .selectFrom('media_attachments')
        .selectAll()
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .where('state', '!=', 'deleted')
        .executeTakeFirst();
    },

    find(id: string): Promise<MediaRow | undefined> {
      return db.selectFrom('media_attachments').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async update(id: string, changes: Partial<MediaRow>): Promise<void> {
      await db.updateTable('media_attachments').set(changes).where('id', '=', id).execute();
    },

    /** The person's media among `ids` that a new post may take: ready and on no post yet. */
    attachable(accountId: string, ids: string[], executor: Kysely<Database> = db) {
      if (ids.length === 0) return Promise.resolve([] as MediaRow[]);
      return executor
        .selectFrom('media_attachments')
        .selectAll()
        .where('id', 'in', ids)
        .where('account_id', '=', accountId)
        .execute();
    },

    /**
     * Takes one medium for a post, only if it is still the author's, ready and free: two posts
     * racing for the same image cannot both have it. Answers whether it was taken.
     */
    async attach(
      executor: Kysely<Database>,
      accountId: string,
      postId: string,
      id: string,
      position: number,
    ): Promise<boolean> {
      const result = await executor
        .updateTable('media_attachments')
        .set({ post_id: postId, position })
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .where('state', '=', 'ready')
        .where((w) => w.or([w('post_id', 'is', null), w('post_id', '=', postId)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    ofPost(executor: Kysely<Database>, postId: string): Promise<MediaRow[]> {
      return executor
        .selectFrom('media_attachments')
        .selectAll()
        .where('post_id', '=', postId)
        .orderBy('position')
        .execute();
    },

    /** The media of a page of posts, in one query (the status loader's batch). */
    ofPosts(postIds: string[]): Promise<MediaRow[]> {
      if (postIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('media_attachments')
        .selectAll()
        .where('post_id', 'in', postIds)
        .where('state', '=', 'ready')
        .orderBy('post_id')
        .orderBy('position')
        .execute();
    },

    /** Marks media for the purge job: off their post, unreachable, files still to delete. */
    async markDeleted(executor: Kysely<Database>, ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await executor
        .updateTable('media_attachments')
        .set({ state: 'deleted', post_id: null })
        .where('id', 'in', ids)
        .execute();
    },

    /** Changes one medium of a post, only if it is still on that post. */
    async updateOnPost(
      executor: Kysely<Database>,
      postId: string,
      id: string,
      changes: Partial<MediaRow>,
    ): Promise<void> {
      if (Object.keys(changes).length === 0) return;
      await executor
        .updateTable('media_attachments')
        .set(changes)
        .where('id', '=', id)
        .where('post_id', '=', postId)
        .execute();
    },

    async remove(id: string): Promise<void> {
      await db.deleteFrom('media_attachments').where('id', '=', id).execute();
    },

    /** Everything a person uploaded that still exists, for their data export. */
    ofAccount(accountId: string): Promise<MediaRow[]> {
      return db
        .selectFrom('media_attachments')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('state', '=', 'ready')
        .orderBy('id')
        .execute();
    },
  };
}
