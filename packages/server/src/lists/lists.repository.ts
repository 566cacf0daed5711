import { type Kysely, sql } from 'kysely';
import type { PostRow } from '../api/mastodon/status.serializer.ts';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { notMutedBy } from '../policy/relations.sql.ts';
import { visibleTo } from '../policy/visibility.ts';
import type { AccountRow } from '../posts/posts.repository.ts';

type Db = Kysely<Database>;
export type ListRow = Database['lists'];
export type RepliesPolicy = ListRow['replies_policy'];

/** SQL of lists: every query names the owner, so one person's list is never another's. */
export function listsRepository(db: Db) {
  return {
    insert: (row: ListRow) => db.insertInto('lists').values(row).execute(),

    ofOwner: (ownerId: string) =>
      db.selectFrom('lists').selectAll().where('account_id', '=', ownerId).orderBy('id').execute(),

    find: (ownerId: string, id: string) =>
      db
        .selectFrom('lists')
        .selectAll()
        .where('id', '=', id)
        .where('account_id', '=', ownerId)
        .executeTakeFirst(),

    async update(
      ownerId: string,
      id: string,
      change: { title: string; replies_policy: RepliesPolicy },
    ) {
      await db
        .updateTable('lists')
        .set(change)
        .where('id', '=', id)
        .where('account_id', '=', ownerId)
        .execute();
    },

    async remove(ownerId: string, id: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('lists')
          .where('id', '=', id)
          .where('account_id', '=', ownerId)
          .executeTakeFirst();
        if (Number(gone.numDeletedRows) > 0) {
          await trx.deleteFrom('list_accounts').where('list_id', '=', id).execute();
        }
      });
    },

    /** Which of these accounts the owner follows (only they may be added). */
    async followedAmong(ownerId: string, accountIds: string[]): Promise<Set<string>> {
      if (accountIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('follows')
        .select('target_account_id')
        .where('account_id', '=', ownerId)
        .where('target_account_id', 'in', accountIds)
        .execute();
      return new Set(rows.map((r) => r.target_account_id));
    },

    async addMembers(listId: string, members: Array<{ id: string; accountId: string }>) {
      if (members.length === 0) return;
      await db
        .insertInto('list_accounts')
        .values(members.map((m) => ({ id: m.id, list_id: listId, account_id: m.accountId })))
        .onConflict((oc) => oc.columns(['list_id', 'account_id']).doNothing())
        .execute();
    },

    async removeMembers(listId: string, accountIds: string[]) {
      if (accountIds.length === 0) return;
      await db
        .deleteFrom('list_accounts')
        .where('list_id', '=', listId)
        .where('account_id', 'in', accountIds)
        .execute();
    },

    /** Members, paged by membership id; `limit: 0` means all of them, as on Mastodon. */
    async members(
      listId: string,
      page: PageParams,
    ): Promise<Array<AccountRow & { cursor: string }>> {
      const query = db
        .selectFrom('list_accounts as la')
        .innerJoin('accounts as a', 'a.id', 'la.account_id')
        .selectAll('a')
        .select('la.id as cursor')
        .where('la.list_id', '=', listId)
        .where('a.deleted_at', 'is', null);
      return finishPage(await applyPage(query, 'la.id', page).execute(), page);
    },

    /** Takes an account out of every list of this owner (unfollowed, or a block between them). */
    async removeFromOwnerLists(ownerId: string, accountId: string): Promise<void> {
      await db
        .deleteFrom('list_accounts')
        .where('account_id', '=', accountId)
        .where(
          'list_id',
          'in',
          db.selectFrom('lists').select('id').where('account_id', '=', ownerId),
        )
        .execute();
    },

    /** The owner's lists that hold this account. */
    holding: (ownerId: string, accountId: string) =>
      db
        .selectFrom('lists as l')
        .innerJoin('list_accounts as la', 'la.list_id', 'l.id')
        .selectAll('l')
        .where('l.account_id', '=', ownerId)
        .where('la.account_id', '=', accountId)
        .orderBy('l.id')
        .execute(),

    /**
     * The list's timeline: its members' posts and shares that the owner may see, newest first;
     * replies as `replies_policy` says (a reply to oneself always stays); muted authors left out.
     */
    async timeline(list: ListRow, page: PageParams): Promise<PostRow[]> {
      const ownerId = list.account_id;
      let query = db
        .selectFrom('posts as p')
        .selectAll('p')
        .where(
          'p.account_id',
          'in',
          db.selectFrom('list_accounts').select('account_id').where('list_id', '=', list.id),
        )
        .where(visibleTo(ownerId, 'p'))
        .where(notMutedBy(ownerId, 'p.account_id'));
      const replyToSelf = sql<boolean>`p.in_reply_to_account_id = p.account_id`;
      if (list.replies_policy === 'none') {
        query = query.where((eb) => eb.or([eb('p.in_reply_to_id', 'is', null), replyToSelf]));
      } else if (list.replies_policy === 'list') {
        query = query.where((eb) =>
          eb.or([
            eb('p.in_reply_to_id', 'is', null),
            replyToSelf,
            eb(
              'p.in_reply_to_account_id',
              'in',
              db.selectFrom('list_accounts').select('account_id').where('list_id', '=', list.id),
            ),
          ]),
        );
      } else {
        query = query.where((eb) =>
          eb.or([
            eb('p.in_reply_to_id', 'is', null),
            replyToSelf,
            eb('p.in_reply_to_account_id', '=', ownerId),
            eb(
              'p.in_reply_to_account_id',
              'in',
              db
                .selectFrom('follows')
                .select('target_account_id')
                .where('account_id', '=', ownerId),
            ),
          ]),
        );
      }
      return finishPage(await applyPage(query, 'p.id', page).execute(), page);
    },
  };
}

export type ListsRepository = ReturnType<typeof listsRepository>;
