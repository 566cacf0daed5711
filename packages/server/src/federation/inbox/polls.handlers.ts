import { type Context, Note, type Question } from '@fedify/fedify';
import type { RemotePollInput } from '../../polls/remote-polls.service.ts';
import { postContentOf } from '../objects/question.repository.ts';
import { postByUri } from './inbox.repository.ts';
import { type IncomingDeps, noteContent, type StoreOutcome, storeNote } from './incoming-note.ts';

/** Never fetch while reading what a Question embeds: only what it carries counts. */
const embeddedOnly = {
  documentLoader: () => Promise.reject(new Error('not fetched')),
  suppressError: true,
};

/** Bounds on what another server's poll may make us store. */
const MAX_OPTIONS = 20;
const MAX_TITLE = 200;
const MAX_COUNT = 1_000_000_000;
/** A poll that states no end is shown as ending this long after it arrived. */
const OPEN_ENDED_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Whether a Note is a vote in a poll, as Mastodon sends one: a `name` (the option's title), an
 * `inReplyTo` (the Question) and no content. Such a Note is never a post, wherever it points.
 */
export function isPollVote(note: Note): boolean {
  return (
    note.name !== null &&
    note.replyTargetId !== null &&
    note.contents.every((c) => String(c).trim() === '')
  );
}

/**
 * An option title as the plain text it is (Mastodon's too: "<3" is a title, not markup; every
 * reader shows it as text): no control characters, bounded.
 */
function plainTitle(raw: unknown): string {
  return [
    ...String(raw ?? '')
      .replace(/\p{Cc}/gu, ' ')
      .trim(),
  ]
    .slice(0, MAX_TITLE)
    .join('');
}

function count(value: number | null | undefined): number {
  return Number.isFinite(value) ? Math.min(Math.max(Math.trunc(value as number), 0), MAX_COUNT) : 0;
}

/** The poll a remote Question states (embedded options only), or null when it has none. */
export async function pollOfQuestion(
  question: Question,
  now: Date,
): Promise<RemotePollInput | null> {
  // `anyOf`: several choices may be made; `oneOf`: one.
  const inclusive = await optionsOf(question.getInclusiveOptions(embeddedOnly));
  const multiple = inclusive.length > 0;
  const options = multiple
    ? inclusive
    : await optionsOf(question.getExclusiveOptions(embeddedOnly));
  if (options.length === 0) return null;
  const closed = question.closed;
  const closedAt =
    closed === true
      ? now.toISOString()
      : closed && typeof closed === 'object'
        ? new Date(closed.epochMilliseconds).toISOString()
        : null;
  const end = question.endTime
    ? new Date(question.endTime.epochMilliseconds)
    : closedAt
      ? new Date(closedAt)
      : new Date(now.getTime() + OPEN_ENDED_MS);
  return {
    options,
    multiple,
    expiresAt: end.toISOString(),
    closedAt,
    votersCount: question.voters === null ? null : count(question.voters),
  };
}

async function optionsOf(list: AsyncIterable<unknown>): Promise<RemotePollInput['options']> {
  const options: RemotePollInput['options'] = [];
  for await (const option of list) {
    if (options.length >= MAX_OPTIONS) break;
    if (!(option instanceof Note)) continue;
    const title = plainTitle(option.name);
    if (title === '') continue;
    const replies = await option.getReplies(embeddedOnly).catch(() => null);
    options.push({ title, votesCount: count(replies?.totalItems) });
  }
  return options;
}

/**
 * The Note a Question is, read from its own JSON-LD: a poll's post is stored by the path every
 * Note takes (content, tags, images, thread, who it concerns), then its poll beside it.
 */
async function noteOfQuestion(question: Question): Promise<Note> {
  const expanded = (await question.toJsonLd({ format: 'expand' })) as Array<
    Record<string, unknown>
  >;
  const node = { ...expanded[0], '@type': [Note.typeId.href] };
  return Note.fromJsonLd(node, {
    documentLoader: embeddedOnly.documentLoader,
    contextLoader: embeddedOnly.documentLoader,
  });
}

/**
 * Polls from other servers (Create and Update of a Question), and votes in our polls (Mastodon's
 * contentless Notes named as an option). A vote is counted by the polls service our own API uses,
 * never stored as a post, and names nobody: the poll's author is not notified of it.
 */
export function pollHandlers(deps: IncomingDeps) {
  const { db, conversation, logger } = deps;

  /** Stores a remote post with a poll, then its poll as its server states it. */
  async function onCreateQuestion(
    ctx: Context<void>,
    question: Question,
    actorUri: string,
    options = { depth: 0, ancestor: false },
  ): Promise<StoreOutcome> {
    const outcome = await storeNote(deps, ctx, await noteOfQuestion(question), actorUri, options);
    if (outcome.kind === 'stored') await syncPoll(question, outcome.postId);
    else logger.info('remote poll not stored', { uri: question.id?.href, outcome: outcome.kind });
    return outcome;
  }

  /** An Update of a remote Question: fresh counts and end; its text only if it changed. */
  async function onUpdateQuestion(
    ctx: Context<void>,
    question: Question,
    actorId: string,
  ): Promise<void> {
    const post = question.id ? await postByUri(db, question.id.href) : undefined;
    if (!post || post.account_id !== actorId || post.local === 1) return;
    const content = await noteContent(await noteOfQuestion(question), ctx, db);
    const stored = await postContentOf(db, post.id);
    // Mastodon sends an Update for every change of the counts: that is no edit of the post.
    if (
      stored &&
      (stored.content_html !== content.contentHtml || stored.spoiler_text !== content.spoilerText)
    ) {
      await conversation.posts.editRemote(actorId, post.id, content);
    }
    await syncPoll(question, post.id);
  }

  async function syncPoll(question: Question, postId: string): Promise<void> {
    if (!conversation.polls) return;
    const post = await postContentOf(db, postId);
    const poll = await pollOfQuestion(question, deps.now());
    if (!post || !poll) return;
    await conversation.polls.sync(postId, post.account_id, poll);
  }

  /** A remote person's vote Note: counted on our poll, or dropped; never a post. */
  async function onVote(note: Note, actorUri: string): Promise<void> {
    const target = note.replyTargetId ? await postByUri(db, note.replyTargetId.href) : undefined;
    if (!target || note.attributionId?.href !== actorUri || !conversation.polls) return;
    const voter = await conversation.resolveActor(actorUri);
    if (!voter) return;
    const outcome = await conversation.polls.voteFromRemote(
      voter.id,
      target.id,
      plainTitle(note.name),
    );
    logger.info('remote poll vote', { poll: note.replyTargetId?.href, outcome });
  }

  return { onCreateQuestion, onUpdateQuestion, onVote };
}
