import type { Kysely } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import { notSuspended } from '../moderation/moderation.policy.ts';
import { notBlockedWith } from '../policy/relations.sql.ts';
import type { AccountRow } from '../posts/posts.repository.ts';

type Db = Kysely<Database>;

/** SQL of endorsements: the accounts a person features on their profile. */
export function endorsementsRepository(db: Db) {
  return {
    async add(row: { id: string; accountId: string; targetId: string; at: string }) {
      await db
        .insertInto('endorsements')
        .values({
          id: row.id,
          account_id: row.accountId,
          target_account_id: row.targetId,
          created_at: row.at,
        })
        .onConflict((oc) => oc.columns(['account_id', 'target_account_id']).doNothing())
        .execute();
    },

    async remove(accountId: string, targetId: string): Promise<void> {
      await db
        .deleteFrom('endorsements')
        .where('account_id', '=', accountId)
        .where('target_account_id', '=', targetId)
        .execute();
    },

    async count(accountId: string): Promise<number> {
      const row = await db
        .selectFrom('endorsements')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Which of these accounts `accountId` features (for `endorsed` in relationships). */
    async endorsedAmong(accountId: string, targetIds: string[]): Promise<Set<string>> {
      if (targetIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('endorsements')
        .select('target_account_id')
        .where('account_id', '=', accountId)
        .where('target_account_id', 'in', targetIds)
        .execute();
      return new Set(rows.map((r) => r.target_account_id));
    },

    follows: async (accountId: string, targetId: string) =>
      (await db
        .selectFrom('follows')
        .select('id')
        .where('account_id', '=', accountId)
        .where('target_account_id', '=', targetId)
        .executeTakeFirst()) !== undefined,

    /**
     * The featured accounts, newest first by endorsement; deleted and suspended accounts are left
     * out, and so is anyone between whom and the viewer there is a block.
     */
    async list(
      accountId: string,
      viewerId: string | null,
      page: PageParams,
    ): Promise<Array<AccountRow & { cursor: string }>> {
      let query = db
        .selectFrom('endorsements as e')
        .innerJoin('accounts as a', 'a.id', 'e.target_account_id')
        .selectAll('a')
        .select('e.id as cursor')
        .where('e.account_id', '=', accountId)
        .where('a.deleted_at', 'is', null)
        .where(notSuspended('a'));
      if (viewerId) query = query.where(notBlockedWith(viewerId, 'a.id'));
      return finishPage(await applyPage(query, 'e.id', page).execute(), page);
    },
  };
}

export type EndorsementsRepository = ReturnType<typeof endorsementsRepository>;
