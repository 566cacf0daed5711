import { type Kysely, sql } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { visibleTo } from '../policy/visibility.ts';
import type { PostRow } from '../posts/posts.repository.ts';
import type { ConversationTable } from './conversations.tables.ts';
import './conversations.tables.ts';

type Db = Kysely<Database>;
export type ConversationRow = ConversationTable;

/**
 * Files a direct post into the conversation of each local participant (its author and the
 * people it mentions; a mention the policy refused made no mention row, so no conversation
 * either). Run by the home-feed fan-out job: idempotent, a rerun writes the same rows.
 */
export async function recordDirectPost(db: Db, post: PostRow): Promise<void> {
  if (post.visibility !== 'direct' || post.reblog_of_id !== null) return;
  const mentioned = await db
    .selectFrom('mentions')
    .select('account_id')
    .where('post_id', '=', post.id)
    .execute();
  const everyone = [...new Set([post.account_id, ...mentioned.map((m) => m.account_id)])];
  const locals = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', 'in', everyone)
    .where('domain', 'is', null)
    .execute();
  for (const { id: accountId } of locals) {
    const key = everyone
      .filter((id) => id !== accountId)
      .sort()
      .join(',');
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('conversations')
        .values({
          account_id: accountId,
          id: post.id,
          participants_key: key,
          last_post_id: post.id,
          // One's own message leaves the conversation read, as on Mastodon.
          unread: accountId === post.account_id ? 0 : 1,
        })
        .onConflict((oc) =>
          oc.columns(['account_id', 'participants_key']).doUpdateSet({
            // A late rerun of an older post's job never moves the conversation back.
            last_post_id: sql<string>`case when conversations.last_post_id < excluded.last_post_id then excluded.last_post_id else conversations.last_post_id end`,
            unread: sql<number>`case when conversations.last_post_id <= excluded.last_post_id then excluded.unread else conversations.unread end`,
          }),
        )
        .execute();
      const row = await trx
        .selectFrom('conversations')
        .select('id')
        .where('account_id', '=', accountId)
        .where('participants_key', '=', key)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('conversation_posts')
        .values({ account_id: accountId, conversation_id: row.id, post_id: post.id })
        .onConflict((oc) => oc.columns(['account_id', 'conversation_id', 'post_id']).doNothing())
        .execute();
    });
  }
}

/** SQL of one person's conversations: every query names the owner. */
export function conversationsRepository(db: Db) {
  return {
    page: async (ownerId: string, page: PageParams): Promise<ConversationRow[]> =>
      finishPage(
        await applyPage(
          db.selectFrom('conversations').selectAll().where('account_id', '=', ownerId),
          'last_post_id',
          page,
        ).execute(),
        page,
      ),

    /** The owner's conversation a post belongs to (the streaming API's `conversation` event). */
    ofPost: (ownerId: string, postId: string) =>
      db
        .selectFrom('conversation_posts as cp')
        .innerJoin('conversations as c', (join) =>
          join.onRef('c.account_id', '=', 'cp.account_id').onRef('c.id', '=', 'cp.conversation_id'),
        )
        .selectAll('c')
        .where('cp.account_id', '=', ownerId)
        .where('cp.post_id', '=', postId)
        .executeTakeFirst(),

    find: (ownerId: string, id: string) =>
      db
        .selectFrom('conversations')
        .selectAll()
        .where('account_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst(),

    async markRead(ownerId: string, id: string): Promise<void> {
      await db
        .updateTable('conversations')
        .set({ unread: 0 })
        .where('account_id', '=', ownerId)
        .where('id', '=', id)
        .execute();
    },

    async remove(ownerId: string, id: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('conversations')
          .where('account_id', '=', ownerId)
          .where('id', '=', id)
          .executeTakeFirst();
        await trx
          .deleteFrom('conversation_posts')
          .where('account_id', '=', ownerId)
          .where('conversation_id', '=', id)
          .execute();
        return Number(gone.numDeletedRows) > 0;
      });
    },

    /** Of these posts, those the owner may still see (a deletion or a block takes one out). */
    visiblePosts: (ownerId: string, ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([] as PostRow[])
        : db
            .selectFrom('posts as p')
            .selectAll('p')
            .where('p.id', 'in', ids)
            .where(visibleTo(ownerId, 'p'))
            .execute(),

    /** The newest post of the conversation the owner may still see, when the last one went. */
    latestVisible: (ownerId: string, conversationId: string) =>
      db
        .selectFrom('conversation_posts as cp')
        .innerJoin('posts as p', 'p.id', 'cp.post_id')
        .selectAll('p')
        .where('cp.account_id', '=', ownerId)
        .where('cp.conversation_id', '=', conversationId)
        .where(visibleTo(ownerId, 'p'))
        .orderBy('p.id', 'desc')
        .limit(1)
        .executeTakeFirst(),
  };
}

export type ConversationsRepository = ReturnType<typeof conversationsRepository>;
