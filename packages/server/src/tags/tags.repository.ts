import { type Kysely, sql } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import './tags.tables.ts';

type Db = Kysely<Database>;
export type TagRow = Database['tags'];

/** How many of a person's latest posts their featured-tag suggestions look at. */
const SUGGESTION_WINDOW = 200;

/** SQL of followed and featured hashtags: every query names the person it is about. */
export function tagsRepository(db: Db) {
  return {
    findByName: (name: string) =>
      db.selectFrom('tags').selectAll().where('name', '=', name).executeTakeFirst(),

    /** The tag row, created if no post used it yet (one may follow a tag before its first post). */
    async ensure(name: string, display: string, id: string, now: string): Promise<TagRow> {
      await db
        .insertInto('tags')
        .values({ id, name, display_name: display, created_at: now })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      return db.selectFrom('tags').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
    },

    async follow(row: { id: string; accountId: string; tagId: string; now: string }) {
      await db
        .insertInto('tag_follows')
        .values({ id: row.id, account_id: row.accountId, tag_id: row.tagId, created_at: row.now })
        .onConflict((oc) => oc.columns(['account_id', 'tag_id']).doNothing())
        .execute();
    },

    async unfollow(accountId: string, tagId: string) {
      await db
        .deleteFrom('tag_follows')
        .where('account_id', '=', accountId)
        .where('tag_id', '=', tagId)
        .execute();
    },

    /** Of these tag names, those the person follows. */
    async followedAmong(accountId: string, names: string[]): Promise<Set<string>> {
      if (names.length === 0) return new Set();
      const rows = await db
        .selectFrom('tag_follows as tf')
        .innerJoin('tags as t', 't.id', 'tf.tag_id')
        .select('t.name')
        .where('tf.account_id', '=', accountId)
        .where('t.name', 'in', names)
        .execute();
      return new Set(rows.map((r) => r.name));
    },

    /** The tags a person follows, newest follow first, paged by the follow's id. */
    async followed(accountId: string, page: PageParams) {
      const q = db
        .selectFrom('tag_follows as tf')
        .innerJoin('tags as t', 't.id', 'tf.tag_id')
        .select(['t.name', 'tf.id as cursor'])
        .where('tf.account_id', '=', accountId);
      return finishPage(await applyPage(q, 'tf.id', page).execute(), page);
    },

    featured: (accountId: string) =>
      db
        .selectFrom('featured_tags as ft')
        .innerJoin('tags as t', 't.id', 'ft.tag_id')
        .select(['ft.id', 'ft.tag_id', 't.name', 'ft.created_at'])
        .where('ft.account_id', '=', accountId)
        .orderBy('ft.id')
        .execute(),

    async feature(row: { id: string; accountId: string; tagId: string; now: string }) {
      const done = await db
        .insertInto('featured_tags')
        .values({ id: row.id, account_id: row.accountId, tag_id: row.tagId, created_at: row.now })
        .onConflict((oc) => oc.columns(['account_id', 'tag_id']).doNothing())
        .executeTakeFirst();
      return Number(done.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async unfeature(accountId: string, id: string): Promise<boolean> {
      const done = await db
        .deleteFrom('featured_tags')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(done.numDeletedRows) > 0;
    },

    /**
     * How many public or unlisted posts of the person carry each tag, and the last one's date:
     * only what anyone may already see on the profile is counted.
     */
    async usage(accountId: string, tagIds: string[]) {
      if (tagIds.length === 0) return new Map<string, { count: number; last: string | null }>();
      const rows = await db
        .selectFrom('post_tags as pt')
        .innerJoin('posts as p', 'p.id', 'pt.post_id')
        .select([
          'pt.tag_id',
          sql<number>`count(*)`.as('count'),
          sql<string | null>`max(p.created_at)`.as('last'),
        ])
        .where('pt.tag_id', 'in', tagIds)
        .where('p.account_id', '=', accountId)
        .where('p.visibility', 'in', ['public', 'unlisted'])
        .where('p.reblog_of_id', 'is', null)
        .groupBy('pt.tag_id')
        .execute();
      return new Map(rows.map((r) => [r.tag_id, { count: Number(r.count), last: r.last }]));
    },

    /** The tags the person used most in their latest public posts, not featured yet. */
    suggestions: (accountId: string, limit: number) =>
      db
        .selectFrom('post_tags as pt')
        .innerJoin('tags as t', 't.id', 'pt.tag_id')
        .select(['t.name', sql<number>`count(*)`.as('uses')])
        .where(
          'pt.post_id',
          'in',
          db
            .selectFrom('posts')
            .select('id')
            .where('account_id', '=', accountId)
            .where('visibility', 'in', ['public', 'unlisted'])
            .where('reblog_of_id', 'is', null)
            .orderBy('id', 'desc')
            .limit(SUGGESTION_WINDOW),
        )
        .where(
          'pt.tag_id',
          'not in',
          db.selectFrom('featured_tags').select('tag_id').where('account_id', '=', accountId),
        )
        .groupBy('t.name')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('t.name')
        .limit(limit)
        .execute(),
  };
}

export type TagsRepository = ReturnType<typeof tagsRepository>;
