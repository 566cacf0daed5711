import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { PollOptionTable, PollTable } from './polls.tables.ts';
import './polls.tables.ts';

type Db = Kysely<Database>;
export type PollRow = PollTable;
export type PollOptionRow = PollOptionTable;

/** A new or replaced poll's settings, with its options already trimmed. */
export interface PollDraft {
  options: string[];
  multiple: boolean;
  hideTotals: boolean;
  expiresAt: string;
}

/** SQL of polls: the poll row, its options with their counters, who voted and what. */
export function pollsRepository(db: Db) {
  return {
    async insert(
      trx: Db,
      row: { id: string; postId: string; accountId: string; now: string },
      draft: PollDraft,
    ) {
      await trx
        .insertInto('polls')
        .values({
          id: row.id,
          post_id: row.postId,
          account_id: row.accountId,
          multiple: draft.multiple ? 1 : 0,
          hide_totals: draft.hideTotals ? 1 : 0,
          expires_at: draft.expiresAt,
          voters_count: 0,
          closed_at: null,
          created_at: row.now,
        })
        .execute();
      await insertOptions(trx, row.id, draft.options);
    },

    /** New settings for a poll; with `resetVotes`, every vote goes and the counters restart. */
    async replace(trx: Db, pollId: string, draft: PollDraft, resetVotes: boolean) {
      await trx
        .updateTable('polls')
        .set({
          multiple: draft.multiple ? 1 : 0,
          hide_totals: draft.hideTotals ? 1 : 0,
          expires_at: draft.expiresAt,
          closed_at: null,
          ...(resetVotes ? { voters_count: 0 } : {}),
        })
        .where('id', '=', pollId)
        .execute();
      if (!resetVotes) return;
      await trx.deleteFrom('poll_votes').where('poll_id', '=', pollId).execute();
      await trx.deleteFrom('poll_voters').where('poll_id', '=', pollId).execute();
      await trx.deleteFrom('poll_options').where('poll_id', '=', pollId).execute();
      await insertOptions(trx, pollId, draft.options);
    },

    find: (id: string) =>
      db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst(),

    findByPost: (postId: string, executor: Db = db) =>
      executor.selectFrom('polls').selectAll().where('post_id', '=', postId).executeTakeFirst(),

    /** The polls of these posts with their options, in two queries whatever the page size. */
    async ofPosts(postIds: string[]) {
      if (postIds.length === 0) return { polls: [], options: [] };
      const polls = await db
        .selectFrom('polls')
        .selectAll()
        .where('post_id', 'in', postIds)
        .execute();
      const options =
        polls.length === 0
          ? []
          : await db
              .selectFrom('poll_options')
              .selectAll()
              .where(
                'poll_id',
                'in',
                polls.map((p) => p.id),
              )
              .orderBy('position')
              .execute();
      return { polls, options };
    },

    options: (pollId: string) =>
      db
        .selectFrom('poll_options')
        .selectAll()
        .where('poll_id', '=', pollId)
        .orderBy('position')
        .execute(),

    /** The choices this viewer made in each of these polls (absent: did not vote). */
    async choicesOf(viewerId: string, pollIds: string[]): Promise<Map<string, number[]>> {
      const out = new Map<string, number[]>();
      if (pollIds.length === 0) return out;
      const [voters, votes] = await Promise.all([
        db
          .selectFrom('poll_voters')
          .select('poll_id')
          .where('account_id', '=', viewerId)
          .where('poll_id', 'in', pollIds)
          .execute(),
        db
          .selectFrom('poll_votes')
          .select(['poll_id', 'choice'])
          .where('account_id', '=', viewerId)
          .where('poll_id', 'in', pollIds)
          .orderBy('choice')
          .execute(),
      ]);
      for (const v of voters) out.set(v.poll_id, []);
      for (const v of votes) out.get(v.poll_id)?.push(Number(v.choice));
      return out;
    },

    /**
     * Records one vote set: the voter row is claimed first, so a second set (even a concurrent
     * request) finds it taken and changes nothing. Answers false when the person had voted.
     */
    async vote(
      pollId: string,
      accountId: string,
      choices: number[],
      now: string,
      /** Inside the vote's transaction, once counted: what other servers must hear of it. */
      after?: (trx: Db) => Promise<void>,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const claimed = await trx
          .insertInto('poll_voters')
          .values({ poll_id: pollId, account_id: accountId, created_at: now })
          .onConflict((oc) => oc.columns(['poll_id', 'account_id']).doNothing())
          .executeTakeFirst();
        if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        await trx
          .insertInto('poll_votes')
          .values(
            choices.map((choice) => ({
              poll_id: pollId,
              account_id: accountId,
              choice,
              created_at: now,
            })),
          )
          .execute();
        await trx
          .updateTable('poll_options')
          .set((eb) => ({ votes_count: eb('votes_count', '+', 1) }))
          .where('poll_id', '=', pollId)
          .where('position', 'in', choices)
          .execute();
        await trx
          .updateTable('polls')
          .set((eb) => ({ voters_count: eb('voters_count', '+', 1) }))
          .where('id', '=', pollId)
          .execute();
        await after?.(trx);
        return true;
      });
    },

    /** Marks the poll closed; true only for the one run that closed it (the job may rerun). */
    async close(pollId: string, now: string, executor: Db = db): Promise<boolean> {
      const done = await executor
        .updateTable('polls')
        .set({ closed_at: now })
        .where('id', '=', pollId)
        .where('closed_at', 'is', null)
        .where('expires_at', '<=', now)
        .executeTakeFirst();
      return Number(done.numUpdatedRows) > 0;
    },

    voterIds: async (pollId: string) =>
      (
        await db
          .selectFrom('poll_voters')
          .select('account_id')
          .where('poll_id', '=', pollId)
          .execute()
      ).map((v) => v.account_id),

    /** A post's poll, its options and votes, when the post is deleted. */
    async removeOfPost(trx: Db, postId: string): Promise<void> {
      const poll = await trx
        .selectFrom('polls')
        .select('id')
        .where('post_id', '=', postId)
        .executeTakeFirst();
      if (!poll) return;
      for (const table of ['poll_votes', 'poll_voters', 'poll_options'] as const) {
        await trx.deleteFrom(table).where('poll_id', '=', poll.id).execute();
      }
      await trx.deleteFrom('polls').where('id', '=', poll.id).execute();
    },
  };
}

async function insertOptions(trx: Db, pollId: string, titles: string[]) {
  await trx
    .insertInto('poll_options')
    .values(titles.map((title, position) => ({ poll_id: pollId, position, title, votes_count: 0 })))
    .execute();
}

export type PollsRepository = ReturnType<typeof pollsRepository>;
