import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import './polls.tables.ts';

type Db = Kysely<Database>;

/** A poll as another server's Question states it. */
export interface RemotePollState {
  options: Array<{ title: string; votesCount: number }>;
  multiple: boolean;
  expiresAt: string;
  votersCount: number;
}

export type ChoiceOutcome = 'counted' | 'already_voted';

/** SQL of polls that cross servers: counts another server states, votes that arrive one by one. */
export function remotePollsRepository(db: Db) {
  return {
    /** Whether the post carrying a poll is this instance's own. */
    async postIsLocal(postId: string): Promise<boolean> {
      const row = await db
        .selectFrom('posts')
        .select('local')
        .where('id', '=', postId)
        .executeTakeFirst();
      return row?.local === 1;
    },

    /** The counts, kind and end a remote poll's server states, taken as they are. */
    async setState(trx: Db, pollId: string, state: RemotePollState): Promise<void> {
      await trx
        .updateTable('polls')
        .set({
          multiple: state.multiple ? 1 : 0,
          expires_at: state.expiresAt,
          voters_count: state.votersCount,
        })
        .where('id', '=', pollId)
        .execute();
      for (const [position, option] of state.options.entries()) {
        await trx
          .updateTable('poll_options')
          .set({ votes_count: option.votesCount })
          .where('poll_id', '=', pollId)
          .where('position', '=', position)
          .execute();
      }
    },

    /**
     * One choice of a remote person, as each of their vote Notes brings one. The first choice
     * claims the voter row (one voter, counted once); a single-choice poll takes nothing more
     * from them, a multiple-choice poll takes each other option once.
     */
    async addChoice(
      pollId: string,
      accountId: string,
      choice: number,
      multiple: boolean,
      now: string,
      after: (trx: Db) => Promise<void>,
    ): Promise<ChoiceOutcome> {
      return db.transaction().execute(async (trx) => {
        const claimed = await trx
          .insertInto('poll_voters')
          .values({ poll_id: pollId, account_id: accountId, created_at: now })
          .onConflict((oc) => oc.columns(['poll_id', 'account_id']).doNothing())
          .executeTakeFirst();
        const isNewVoter = Number(claimed.numInsertedOrUpdatedRows ?? 0) > 0;
        if (!isNewVoter && !multiple) return 'already_voted';
        const inserted = await trx
          .insertInto('poll_votes')
          .values({ poll_id: pollId, account_id: accountId, choice, created_at: now })
          .onConflict((oc) => oc.columns(['poll_id', 'account_id', 'choice']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return 'already_voted';
        await trx
          .updateTable('poll_options')
          .set((eb) => ({ votes_count: eb('votes_count', '+', 1) }))
          .where('poll_id', '=', pollId)
          .where('position', '=', choice)
          .execute();
        if (isNewVoter) {
          await trx
            .updateTable('polls')
            .set((eb) => ({ voters_count: eb('voters_count', '+', 1) }))
            .where('id', '=', pollId)
            .execute();
        }
        await after(trx);
        return 'counted';
      });
    },
  };
}

export type RemotePollsRepository = ReturnType<typeof remotePollsRepository>;
