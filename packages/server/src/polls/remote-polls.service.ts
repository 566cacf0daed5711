import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { CoalescingRecorder, OutboundRecorder } from '../federation/outbound-events.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { findVisiblePost } from '../posts/posts.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import type { PollsRepository } from './polls.repository.ts';
import { POLL_EXPIRY_QUEUE } from './polls.service.ts';
import type { RemotePollsRepository } from './remote-polls.repository.ts';

/** Votes change a poll's counts on other servers at most once a minute (one `Update`). */
export const POLL_UPDATE_INTERVAL_MS = 60_000;

/** A poll as a remote Question states it, already read and bounded by the inbox. */
export interface RemotePollInput {
  options: Array<{ title: string; votesCount: number }>;
  multiple: boolean;
  expiresAt: string;
  /** When its server says it closed; null while open. */
  closedAt: string | null;
  /** `votersCount`, when the server says it (Mastodon omits it for some single-choice polls). */
  votersCount: number | null;
}

export type RemoteVoteOutcome =
  | 'counted'
  | 'already_voted'
  | 'not_a_poll'
  | 'not_ours'
  | 'not_found'
  | 'closed'
  | 'own_poll'
  | 'unknown_choice';

/**
 * Polls across servers: a remote post's poll kept as its server states it, and the votes other
 * servers' people send to our polls (one Note per choice), each counted once per person.
 */
export function createRemotePollsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  jobs: JobQueue;
  repo: PollsRepository;
  remote: RemotePollsRepository;
  outbound: OutboundRecorder;
  coalesce: CoalescingRecorder;
}) {
  const { db, clock, ids, jobs, repo, remote } = deps;

  /**
   * Stores or refreshes the poll of a remote post (Create or Update of its Question). Its server
   * is the authority on the counts; our own people's votes stay recorded (who chose what) unless
   * the options changed, which resets them as for a local edit.
   */
  async function sync(postId: string, authorId: string, input: RemotePollInput): Promise<void> {
    const existing = await repo.findByPost(postId);
    if (existing && existing.account_id !== authorId) return;
    // Read before the transaction: SQLite has one connection, and the transaction holds it.
    const before = existing ? await repo.options(existing.id) : [];
    // A poll its server closed early ends here at that time too (the expiry job tells voters).
    const expiresAt =
      input.closedAt && input.closedAt < input.expiresAt ? input.closedAt : input.expiresAt;
    const sum = input.options.reduce((n, o) => n + o.votesCount, 0);
    const state = {
      options: input.options,
      multiple: input.multiple,
      expiresAt,
      votersCount: input.votersCount ?? (input.multiple ? 0 : sum),
    };
    const draft = {
      options: input.options.map((o) => o.title),
      multiple: input.multiple,
      hideTotals: false,
      expiresAt,
    };
    await db.transaction().execute(async (trx) => {
      let pollId = existing?.id;
      if (!pollId) {
        pollId = ids();
        await repo.insert(
          trx,
          { id: pollId, postId, accountId: authorId, now: clock.now().toISOString() },
          draft,
        );
      } else {
        const changed =
          before.map((o) => o.title).join('\u0000') !== draft.options.join('\u0000') ||
          (existing?.multiple === 1) !== input.multiple;
        if (changed) await repo.replace(trx, pollId, draft, true);
      }
      await remote.setState(trx, pollId, state);
      if (existing?.expires_at !== expiresAt) {
        await jobs.enqueue(POLL_EXPIRY_QUEUE, { pollId }, new Date(expiresAt), trx);
      }
    });
  }

  /**
   * A remote person's vote Note on one of our polls: `title` must name an option exactly (as
   * Mastodon matches it); a closed poll, one they cannot see, their own, or a second choice in a
   * single-choice poll changes nothing. A counted vote schedules one coalesced `Update`.
   */
  async function voteFromRemote(
    voterId: string,
    postId: string,
    title: string,
  ): Promise<RemoteVoteOutcome> {
    const poll = await repo.findByPost(postId);
    if (!poll) return 'not_a_poll';
    if (!(await remote.postIsLocal(postId))) return 'not_ours';
    const now = clock.now();
    if (poll.closed_at !== null || poll.expires_at <= now.toISOString()) return 'closed';
    if (poll.account_id === voterId) return 'own_poll';
    if (!(await findVisiblePost(db, postId, voterId))) return 'not_found';
    const option = (await repo.options(poll.id)).find((o) => o.title === title);
    if (!option) return 'unknown_choice';
    return remote.addChoice(
      poll.id,
      voterId,
      Number(option.position),
      poll.multiple === 1,
      now.toISOString(),
      (trx) => scheduleUpdate(trx, postId),
    );
  }

  /** At most one `Update` of the Question per interval, however many votes come in. */
  async function scheduleUpdate(trx: Kysely<Database>, postId: string): Promise<void> {
    const runAt = new Date(clock.now().getTime() + POLL_UPDATE_INTERVAL_MS);
    await deps.coalesce(trx, { type: 'poll.updated', postId }, runAt);
  }

  /**
   * Inside a local person's vote: our own poll's counts go out (coalesced), a remote poll's
   * author receives one vote Note per choice.
   */
  async function afterLocalVote(
    trx: Kysely<Database>,
    poll: { id: string; post_id: string; local: boolean },
    voterId: string,
    choices: number[],
  ): Promise<void> {
    if (poll.local) {
      await scheduleUpdate(trx, poll.post_id);
      return;
    }
    for (const choice of choices) {
      await deps.outbound(trx, { type: 'poll.voted', pollId: poll.id, accountId: voterId, choice });
    }
  }

  /** Inside the closing of a poll: our own poll's final counts go out at once. */
  async function afterClose(trx: Kysely<Database>, postId: string, local: boolean) {
    if (local) await deps.outbound(trx, { type: 'poll.updated', postId });
  }

  return {
    sync,
    voteFromRemote,
    scheduleUpdate,
    afterLocalVote,
    afterClose,
    isLocal: remote.postIsLocal,
  };
}

export type RemotePollsService = ReturnType<typeof createRemotePollsService>;
