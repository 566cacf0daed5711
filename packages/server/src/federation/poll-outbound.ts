import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import '../polls/polls.tables.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { findLocalPost, loadNoteSource, mentionedIds } from './objects/note.repository.ts';
import { remoteVoterIds } from './objects/question.repository.ts';
import { type AccountRef, type Outgoing, postActivity } from './outbound-activities.ts';
import type { OutboundEvent } from './outbound-events.ts';
import { voteActivity } from './poll-activities.ts';
import type { LocalUris } from './uri.ts';

export interface PollOutboundDeps {
  db: Kysely<Database>;
  ids: IdGenerator;
  uris: LocalUris;
  localDomain: string;
  accountsByIds(ids: string[]): Promise<AccountRef[]>;
}

type PollEvent = Extract<OutboundEvent, { type: 'poll.updated' | 'poll.voted' }>;

/** The activity for a poll event (outbound-bridge.ts), or null when nobody outside needs it. */
export async function pollOutgoing(
  deps: PollOutboundDeps,
  event: PollEvent,
): Promise<Outgoing | null> {
  return event.type === 'poll.updated' ? pollUpdate(deps, event.postId) : pollVote(deps, event);
}

/**
 * `Update` of a local poll's Question with its counts (or its end), to the author's followers,
 * the people the post names, and the remote people who voted in it, as Mastodon sends it.
 */
async function pollUpdate(deps: PollOutboundDeps, postId: string): Promise<Outgoing | null> {
  const { db, uris } = deps;
  const source = await loadNoteSource(db, postId, uris, deps.localDomain);
  const post = await findLocalPost(db, postId);
  if (!source?.poll || !post) return null;
  const audience = await deps.accountsByIds([
    ...(await mentionedIds(db, post.id)),
    ...(post.in_reply_to_account_id && post.visibility !== 'direct'
      ? [post.in_reply_to_account_id]
      : []),
    ...(await remoteVoterIds(db, post.id)),
  ]);
  return postActivity('update', source, audience, uris, `poll-${deps.ids()}`);
}

/** A local person's choice in a remote poll, to the poll's author only. */
async function pollVote(
  deps: PollOutboundDeps,
  event: Extract<PollEvent, { type: 'poll.voted' }>,
): Promise<Outgoing | null> {
  const { db } = deps;
  const row = await db
    .selectFrom('polls as p')
    .innerJoin('posts as s', 's.id', 'p.post_id')
    .innerJoin('poll_options as o', 'o.poll_id', 'p.id')
    .select(['s.uri', 's.account_id', 'o.title'])
    .where('p.id', '=', event.pollId)
    .where('o.position', '=', event.choice)
    .executeTakeFirst();
  if (!row) return null;
  const found = await deps.accountsByIds([event.accountId, row.account_id]);
  const voter = found.find((a) => a.id === event.accountId);
  const author = found.find((a) => a.id === row.account_id);
  if (!voter || voter.domain !== null || !author || author.domain === null) return null;
  return voteActivity(
    voter.username,
    { pollId: event.pollId, choice: event.choice, title: row.title },
    { uri: row.uri, author },
    deps.uris,
  );
}
