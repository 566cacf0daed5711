import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notSuspended } from '../moderation/moderation.policy.ts';
import { notBlockedWith, notMutedBy } from '../policy/relations.sql.ts';
import type { AccountRow } from '../posts/posts.repository.ts';

type Db = Kysely<Database>;

export interface Suggestion {
  account: AccountRow;
  /** How many people the viewer follows follow this account: the whole reason, shown as is. */
  followedBy: number;
  /** A few of them (their usernames as `acct`), so the reason can be checked. */
  examples: string[];
}

/**
 * SQL of follow suggestions: people followed by those the viewer follows. The order is the
 * count of such people, then the newest account: no hidden score. The cost is bounded by the
 * follows of the people the viewer follows (an index range on `follows.account_id` each).
 */
export function suggestionsRepository(db: Db) {
  return {
    async friendsOfFriends(viewerId: string, limit: number): Promise<Suggestion[]> {
      const followed = db
        .selectFrom('follows')
        .select('target_account_id')
        .where('account_id', '=', viewerId);
      const rows = await db
        .selectFrom('follows as f2')
        .innerJoin('accounts as a', 'a.id', 'f2.target_account_id')
        .select(['a.id', sql<number>`count(distinct f2.account_id)`.as('followed_by')])
        .where('f2.account_id', 'in', followed)
        .where('a.id', '!=', viewerId)
        .where('a.id', 'not in', followed)
        .where('a.deleted_at', 'is', null)
        .where('a.discoverable', '=', 1)
        .where(notSuspended('a'))
        .where(notBlockedWith(viewerId, 'a.id'))
        .where(notMutedBy(viewerId, 'a.id'))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('suggestion_dismissals as d')
                .select('d.target_account_id')
                .where('d.account_id', '=', viewerId)
                .whereRef('d.target_account_id', '=', 'a.id'),
            ),
          ),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('follow_requests as r')
                .select('r.id')
                .where('r.account_id', '=', viewerId)
                .whereRef('r.target_account_id', '=', 'a.id'),
            ),
          ),
        )
        .groupBy('a.id')
        .orderBy(sql`count(distinct f2.account_id)`, 'desc')
        .orderBy('a.id', 'desc')
        .limit(limit)
        .execute();
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      const [accounts, links] = await Promise.all([
        db.selectFrom('accounts').selectAll().where('id', 'in', ids).execute(),
        db
          .selectFrom('follows as f2')
          .innerJoin('accounts as b', 'b.id', 'f2.account_id')
          .select(['f2.target_account_id', 'b.username', 'b.domain'])
          .where('f2.target_account_id', 'in', ids)
          .where('f2.account_id', 'in', followed)
          .orderBy('f2.id', 'desc')
          .execute(),
      ]);
      const byId = new Map(accounts.map((a) => [a.id, a]));
      const examples = new Map<string, string[]>();
      for (const link of links) {
        const list = examples.get(link.target_account_id) ?? [];
        if (list.length < 3)
          list.push(link.domain ? `${link.username}@${link.domain}` : link.username);
        examples.set(link.target_account_id, list);
      }
      return rows.flatMap((r) => {
        const account = byId.get(r.id);
        return account
          ? [{ account, followedBy: Number(r.followed_by), examples: examples.get(r.id) ?? [] }]
          : [];
      });
    },

    async dismiss(viewerId: string, targetId: string, at: string): Promise<void> {
      await db
        .insertInto('suggestion_dismissals')
        .values({ account_id: viewerId, target_account_id: targetId, created_at: at })
        .onConflict((oc) => oc.columns(['account_id', 'target_account_id']).doNothing())
        .execute();
    },
  };
}

export type SuggestionsRepository = ReturnType<typeof suggestionsRepository>;
