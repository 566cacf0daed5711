import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import '../../polls/polls.tables.ts';
import type { PollSource } from './question.ts';

type Db = Kysely<Database>;

/** The poll of a post as its Question shows it, or null when the post has none. */
export async function loadPollSource(db: Db, postId: string): Promise<PollSource | null> {
  const poll = await db
    .selectFrom('polls')
    .selectAll()
    .where('post_id', '=', postId)
    .executeTakeFirst();
  if (!poll) return null;
  const options = await db
    .selectFrom('poll_options')
    .select(['title', 'votes_count'])
    .where('poll_id', '=', poll.id)
    .orderBy('position')
    .execute();
  return {
    multiple: poll.multiple === 1,
    hideTotals: poll.hide_totals === 1,
    expiresAt: poll.expires_at,
    closedAt: poll.closed_at,
    votersCount: Number(poll.voters_count),
    options: options.map((o) => ({ title: o.title, votesCount: Number(o.votes_count) })),
  };
}

/**
 * The remote people who voted in a post's poll: they hear of its counts and its end (as
 * Mastodon sends them), even when they do not follow its author.
 */
export async function remoteVoterIds(db: Db, postId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('polls as p')
    .innerJoin('poll_voters as v', 'v.poll_id', 'p.id')
    .innerJoin('accounts as a', 'a.id', 'v.account_id')
    .select('a.id')
    .where('p.post_id', '=', postId)
    .where('a.domain', 'is not', null)
    .execute();
  return rows.map((r) => r.id);
}

/** What an Update of a remote Question is compared with: its text and its author. */
export function postContentOf(db: Db, postId: string) {
  return db
    .selectFrom('posts')
    .select(['account_id', 'content_html', 'spoiler_text'])
    .where('id', '=', postId)
    .executeTakeFirst();
}
