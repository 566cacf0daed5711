import type { Kysely } from 'kysely';
import { type MastodonPoll, serializePoll } from '../api/mastodon/poll.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { findVisiblePost } from '../posts/posts.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { checkPoll, type PollInput, type PollInvalid } from './poll-rules.ts';
import type { PollDraft, PollsRepository } from './polls.repository.ts';
import type { RemotePollsService } from './remote-polls.service.ts';

export const POLL_EXPIRY_QUEUE = 'polls.expire';

export type VoteProblem =
  | 'closed'
  | 'already_voted'
  | 'own_poll'
  | 'no_choice'
  | 'one_choice'
  | 'unknown_choice';
export type PollError = { kind: 'not_found' } | { kind: 'vote_refused'; problem: VoteProblem };

/** What the posts service asks of polls while it creates, edits or deletes a post. */
export interface PostPolls {
  check(poll: PollInput): PollInvalid | null;
  /** Inside the creating transaction: the poll and its expiry job commit with the post. */
  attach(
    trx: Kysely<Database>,
    post: { id: string; account_id: string },
    poll: PollInput,
  ): Promise<void>;
  /** Inside the editing transaction: changed options (or `multiple`) reset every vote. */
  replace(
    trx: Kysely<Database>,
    post: { id: string; account_id: string },
    poll: PollInput,
  ): Promise<void>;
  removeOfPost(trx: Kysely<Database>, postId: string): Promise<void>;
}

export type PollsService = ReturnType<typeof createPollsService>;

export function createPollsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  jobs: JobQueue;
  notifications: Pick<NotificationsService, 'notify'>;
  repo: PollsRepository;
  /** What other servers hear of votes and endings (remote-polls.service.ts); none: nothing. */
  federation?: Pick<RemotePollsService, 'afterLocalVote' | 'afterClose' | 'isLocal'>;
}) {
  const { db, clock, ids, jobs, notifications, repo, federation } = deps;

  function draftOf(poll: PollInput): PollDraft {
    const expiresAt = new Date(clock.now().getTime() + poll.expiresIn * 1000).toISOString();
    return {
      options: poll.options.map((o) => o.trim()),
      multiple: poll.multiple,
      hideTotals: poll.hideTotals,
      expiresAt,
    };
  }

  const forPosts: PostPolls = {
    check: checkPoll,
    async attach(trx, post, poll) {
      const draft = draftOf(poll);
      const id = ids();
      await repo.insert(
        trx,
        { id, postId: post.id, accountId: post.account_id, now: clock.now().toISOString() },
        draft,
      );
      await jobs.enqueue(POLL_EXPIRY_QUEUE, { pollId: id }, new Date(draft.expiresAt), trx);
    },
    async replace(trx, post, poll) {
      const existing = await repo.findByPost(post.id, trx);
      if (!existing) return forPosts.attach(trx, post, poll);
      const draft = draftOf(poll);
      const before = await trx
        .selectFrom('poll_options')
        .select('title')
        .where('poll_id', '=', existing.id)
        .orderBy('position')
        .execute();
      // As Mastodon: votes for other words (or another kind of choice) would be misread.
      const changed =
        before.map((o) => o.title).join('\u0000') !== draft.options.join('\u0000') ||
        (existing.multiple === 1) !== draft.multiple;
      await repo.replace(trx, existing.id, draft, changed);
      await jobs.enqueue(
        POLL_EXPIRY_QUEUE,
        { pollId: existing.id },
        new Date(draft.expiresAt),
        trx,
      );
    },
    removeOfPost: (trx, postId) => repo.removeOfPost(trx, postId),
  };

  /** The poll, if its post is one the viewer may see (anything else is "not found"). */
  async function visiblePoll(viewerId: string | null, pollId: string) {
    const poll = await repo.find(pollId);
    if (!poll) return undefined;
    const post = await findVisiblePost(db, poll.post_id, viewerId);
    return post ? poll : undefined;
  }

  async function present(
    viewerId: string | null,
    pollId: string,
  ): Promise<Result<MastodonPoll, PollError>> {
    const poll = await visiblePoll(viewerId, pollId);
    if (!poll) return err({ kind: 'not_found' });
    const [options, choices] = await Promise.all([
      repo.options(poll.id),
      viewerId ? repo.choicesOf(viewerId, [poll.id]) : new Map<string, number[]>(),
    ]);
    const viewer = viewerId ? { id: viewerId, choices: choices.get(poll.id) } : null;
    return ok(serializePoll(poll, options, viewer, clock.now()));
  }

  async function vote(
    viewerId: string,
    pollId: string,
    raw: number[],
  ): Promise<Result<MastodonPoll, PollError>> {
    const poll = await visiblePoll(viewerId, pollId);
    if (!poll) return err({ kind: 'not_found' });
    const refused = (problem: VoteProblem) => err({ kind: 'vote_refused' as const, problem });
    const now = clock.now().toISOString();
    if (poll.expires_at <= now) return refused('closed');
    if (poll.account_id === viewerId) return refused('own_poll');
    const choices = [...new Set(raw)].sort((a, b) => a - b);
    if (choices.length === 0) return refused('no_choice');
    if (poll.multiple !== 1 && choices.length > 1) return refused('one_choice');
    const options = await repo.options(poll.id);
    if (choices.some((c) => !options.some((o) => Number(o.position) === c))) {
      return refused('unknown_choice');
    }
    const local = federation ? await federation.isLocal(poll.post_id) : true;
    const counted = await repo.vote(poll.id, viewerId, choices, now, (trx) =>
      federation
        ? federation.afterLocalVote(trx, { ...poll, local }, viewerId, choices)
        : Promise.resolve(),
    );
    if (!counted) return refused('already_voted');
    return present(viewerId, poll.id);
  }

  /** At expiry: each voter and the author hear that the poll ended, once. */
  async function expire(pollId: string): Promise<void> {
    const poll = await repo.find(pollId);
    // Gone with its post, or moved later by an edit (a newer job waits for the new time).
    if (!poll) return;
    const local = federation ? await federation.isLocal(poll.post_id) : true;
    const closed = await db.transaction().execute(async (trx) => {
      if (!(await repo.close(poll.id, clock.now().toISOString(), trx))) return false;
      // Our own poll's final counts reach the servers that hold it, with the closing itself.
      await federation?.afterClose(trx, poll.post_id, local);
      return true;
    });
    if (!closed) return;
    for (const voter of await repo.voterIds(poll.id)) {
      // The policy decides: a voter blocked since, or who can no longer see the post, hears nothing.
      await notifications.notify(voter, poll.account_id, 'poll', poll.post_id);
    }
    // A remote author hears of it from their own server.
    if (!local) return;
    // The author is told about their own poll: the one notification that is from oneself.
    await db
      .insertInto('notifications')
      .values({
        id: ids(),
        account_id: poll.account_id,
        from_account_id: poll.account_id,
        type: 'poll',
        post_id: poll.post_id,
        created_at: clock.now().toISOString(),
        filtered: 0,
      })
      .execute();
  }
  jobs.register(POLL_EXPIRY_QUEUE, (payload) => expire((payload as { pollId: string }).pollId));

  return { forPosts, present, vote, expire };
}
