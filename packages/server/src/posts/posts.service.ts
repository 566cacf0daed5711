import type { Kysely } from 'kysely';
import type { Database, ReplyPolicy, Visibility } from '../db/schema.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { Policy } from '../policy/policy.service.ts';
import { isReplyPolicy } from '../policy/policy.types.ts';
import type { PollInput, PollInvalid } from '../polls/poll-rules.ts';
import type { PostPolls } from '../polls/polls.service.ts';
import { indexPost } from '../search/search.repository.ts';
import { indexTerms, type Stemmers } from '../search/stemming.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { HomeFeedService } from '../timelines/home-feed.service.ts';
import { type ComposeError, checkLength, compose } from './compose.ts';
import {
  bumpAccountStatuses,
  bumpPostCounter,
  deletePostRows,
  findPost,
  findVisiblePost,
  type PostRow,
  replaceMentionsAndTags,
  upsertTags,
  userDefaults,
} from './posts.repository.ts';

export interface CreatePostInput {
  status?: string | undefined;
  spoilerText?: string | undefined;
  sensitive?: boolean | undefined;
  visibility?: Visibility | undefined;
  language?: string | undefined;
  inReplyToId?: string | undefined;
  idempotencyKey?: string | undefined;
  /** Who may reply; the author's default when absent. */
  replyPolicy?: ReplyPolicy | undefined;
  /** A poll to attach (`polls/`); on an edit, replaces the post's poll. */
  poll?: PollInput | undefined;
}

/** A reply the parent's (or its thread's) reply policy refuses, with whose post it is. */
export interface ReplyRefused {
  kind: 'reply_refused';
  policy: 'following' | 'mentioned' | 'nobody';
  author: { id: string; username: string; display_name: string };
}

export type PostError = ComposeError | { kind: 'not_found' } | ReplyRefused | PollInvalid;

export interface PostsDeps {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  stemmers: Stemmers;
  feed: HomeFeedService;
  notifications: NotificationsService;
  events: EventBus;
  policy: Policy;
  publicUrl: string;
  domain: string;
  maxPostChars: () => Promise<number>;
  /** Checks and stores polls, inside the post's own transactions (`polls/`). */
  polls?: PostPolls;
}

export type PostsService = ReturnType<typeof createPostsService>;

/** A retried request whose Idempotency-Key another request has just used. */
class IdempotentReplayError extends Error {}

export function createPostsService(deps: PostsDeps) {
  const { db, clock, ids, stemmers, feed, notifications, events, policy } = deps;
  const ctx = { publicUrl: deps.publicUrl, domain: deps.domain };

  function replayed(authorId: string, key: string): Promise<PostRow | undefined> {
    return db
      .selectFrom('idempotency_keys as k')
      .innerJoin('posts as p', 'p.id', 'k.post_id')
      .selectAll('p')
      .where('k.account_id', '=', authorId)
      .where('k.key', '=', key)
      .executeTakeFirst();
  }

  /**
   * The rules a new post must pass, without writing anything: `create` applies them, and a post
   * held for later (scheduled, undo window) is checked by them before it is stored. Answers the
   * replied-to post, if any.
   */
  async function validate(
    authorId: string,
    input: CreatePostInput,
  ): Promise<Result<PostRow | undefined, PostError>> {
    const lengthError = checkLength(
      input.status ?? '',
      input.spoilerText ?? '',
      await deps.maxPostChars(),
    );
    if (lengthError) return err(lengthError);
    const pollError = checkPollOf(input.poll);
    if (pollError) return err(pollError);
    if (!input.inReplyToId) return ok(undefined);
    // The shared visibility rule also refuses a parent whose author blocks the replier.
    const parent = await findVisiblePost(db, input.inReplyToId, authorId);
    if (!parent || parent.reblog_of_id) return err({ kind: 'not_found' });
    // Then the reply controls of the parent and of its thread: refused aloud, never dropped.
    const decision = await policy.mayReply(authorId, parent);
    if (decision.kind === 'allowed') return ok(parent);
    const owner = await db
      .selectFrom('accounts')
      .select(['id', 'username', 'display_name'])
      .where('id', '=', decision.authorId)
      .executeTakeFirstOrThrow();
    return err({ kind: 'reply_refused', policy: decision.policy, author: owner });
  }

  function checkPollOf(poll: PollInput | undefined): PollInvalid | null {
    if (!poll) return null;
    if (!deps.polls) throw new Error('a poll reached a posts service built without polls');
    return deps.polls.check(poll);
  }

  async function create(
    authorId: string,
    input: CreatePostInput,
  ): Promise<Result<PostRow, PostError>> {
    const key = input.idempotencyKey;
    if (key) {
      const seen = await replayed(authorId, key);
      if (seen) return ok(seen);
    }
    const text = input.status ?? '';
    const spoiler = input.spoilerText ?? '';
    const checked = await validate(authorId, input);
    if (!checked.ok) return checked;
    const parent = checked.value;
    const [author, defaults, composed] = await Promise.all([
      db.selectFrom('accounts').selectAll().where('id', '=', authorId).executeTakeFirstOrThrow(),
      userDefaults(db, authorId),
      compose(db, text, authorId, ctx, policy),
    ]);
    const now = clock.now().toISOString();
    const id = ids();
    const post: PostRow = {
      id,
      account_id: authorId,
      uri: `${ctx.publicUrl}/users/${author.username}/statuses/${id}`,
      url: `${ctx.publicUrl}/@${author.username}/${id}`,
      text,
      content_html: composed.html,
      spoiler_text: spoiler,
      // A content warning implies sensitive, as in Mastodon.
      sensitive: input.sensitive || spoiler !== '' || defaults?.default_sensitive === 1 ? 1 : 0,
      visibility: input.visibility ?? ((defaults?.default_visibility as Visibility) || 'public'),
      language: input.language ?? defaults?.default_language ?? null,
      in_reply_to_id: parent?.id ?? null,
      in_reply_to_account_id: parent?.account_id ?? null,
      reblog_of_id: null,
      thread_root_id: parent ? (parent.thread_root_id ?? parent.id) : id,
      local: 1,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      created_at: now,
      edited_at: null,
      reply_policy:
        input.replyPolicy ??
        (isReplyPolicy(defaults?.default_reply_policy)
          ? defaults.default_reply_policy
          : 'everyone'),
    };
    try {
      await db.transaction().execute(async (trx) => {
        if (key) {
          // Claimed first: a concurrent request with the same key waits on this row, then
          // finds it taken and answers the post this one created.
          const claimed = await trx
            .insertInto('idempotency_keys')
            .values({ account_id: authorId, key, post_id: id, created_at: now })
            .onConflict((oc) => oc.columns(['account_id', 'key']).doNothing())
            .executeTakeFirst();
          if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0)
            throw new IdempotentReplayError();
        }
        await trx.insertInto('posts').values(post).execute();
        const tagIds = await upsertTags(trx, composed.tags, ids, now);
        await replaceMentionsAndTags(
          trx,
          id,
          composed.mentions.map((m) => m.id),
          tagIds,
        );
        // Like Mastodon, direct posts are not counted: the count and date are public.
        if (post.visibility !== 'direct') await bumpAccountStatuses(trx, authorId, 1, now);
        if (parent) await bumpPostCounter(trx, parent.id, 'replies_count', 1);
        if (input.poll) await deps.polls?.attach(trx, post, input.poll);
        await indexPost(trx, id, indexTerms(`${spoiler} ${text}`, stemmers));
        await feed.postCreated(post, trx);
      });
    } catch (error) {
      // Rolling back is the only way out of a Kysely transaction, hence the throw.
      const seen =
        error instanceof IdempotentReplayError && key ? await replayed(authorId, key) : undefined;
      if (seen) return ok(seen);
      throw error;
    }
    // A reply notifies the replied-to author as `reply`; everyone else named gets `mention`.
    if (parent) await notifications.notify(parent.account_id, authorId, 'reply', id);
    for (const m of composed.mentions) {
      if (m.id !== parent?.account_id) await notifications.notify(m.id, authorId, 'mention', id);
    }
    await events.publish({ type: 'post.created', postId: id, authorId });
    return ok(post);
  }

  /** The viewer's own post, for edit and delete: anyone else's is "not found". */
  async function findOwn(viewerId: string, id: string): Promise<PostRow | undefined> {
    const post = await findPost(db, id);
    return post && post.account_id === viewerId && !post.reblog_of_id ? post : undefined;
  }

  async function edit(
    viewerId: string,
    id: string,
    input: Pick<
      CreatePostInput,
      'status' | 'spoilerText' | 'sensitive' | 'language' | 'replyPolicy' | 'poll'
    >,
  ): Promise<Result<PostRow, PostError>> {
    const post = await findOwn(viewerId, id);
    if (!post) return err({ kind: 'not_found' });
    const contentUnchanged =
      input.status === undefined &&
      input.spoilerText === undefined &&
      input.sensitive === undefined &&
      input.language === undefined &&
      input.poll === undefined;
    if (contentUnchanged && input.replyPolicy !== undefined) {
      // Who may reply is a setting of the post, not its words: no new version, not "edited".
      await db
        .updateTable('posts')
        .set({ reply_policy: input.replyPolicy })
        .where('id', '=', id)
        .execute();
      return ok({ ...post, reply_policy: input.replyPolicy });
    }
    const text = input.status ?? post.text;
    const spoiler = input.spoilerText ?? post.spoiler_text;
    const lengthError = checkLength(text, spoiler, await deps.maxPostChars());
    if (lengthError) return err(lengthError);
    const pollError = checkPollOf(input.poll);
    if (pollError) return err(pollError);
    const composed = await compose(db, text, viewerId, ctx, policy);
    const now = clock.now().toISOString();
    const previousMentions = await db
      .selectFrom('mentions')
      .select('account_id')
      .where('post_id', '=', id)
      .execute();
    const updated: PostRow = {
      ...post,
      text,
      spoiler_text: spoiler,
      content_html: composed.html,
      sensitive: (input.sensitive ?? post.sensitive === 1) || spoiler !== '' ? 1 : 0,
      language: input.language ?? post.language,
      edited_at: now,
      // The author may narrow (or widen) who can reply at any time, e.g. once a pile-on starts.
      reply_policy: input.replyPolicy ?? post.reply_policy,
    };
    await db.transaction().execute(async (trx) => {
      // The version being replaced is kept, dated when it was written.
      await trx
        .insertInto('post_edits')
        .values({
          id: ids(),
          post_id: id,
          text: post.text,
          content_html: post.content_html,
          spoiler_text: post.spoiler_text,
          sensitive: post.sensitive,
          created_at: post.edited_at ?? post.created_at,
        })
        .execute();
      await trx
        .updateTable('posts')
        .set({
          text,
          spoiler_text: spoiler,
          content_html: composed.html,
          sensitive: updated.sensitive,
          language: updated.language,
          edited_at: now,
          reply_policy: updated.reply_policy,
        })
        .where('id', '=', id)
        .execute();
      const tagIds = await upsertTags(trx, composed.tags, ids, now);
      await replaceMentionsAndTags(
        trx,
        id,
        composed.mentions.map((m) => m.id),
        tagIds,
      );
      await indexPost(trx, id, indexTerms(`${spoiler} ${text}`, stemmers));
      if (input.poll) await deps.polls?.replace(trx, post, input.poll);
    });
    const before = new Set(previousMentions.map((m) => m.account_id));
    for (const m of composed.mentions) {
      if (!before.has(m.id) && m.id !== post.in_reply_to_account_id) {
        await notifications.notify(m.id, viewerId, 'mention', id);
      }
    }
    await events.publish({ type: 'post.edited', postId: id, authorId: viewerId });
    return ok(updated);
  }

  /** Deletes one post row (a post or a share) and keeps every counter right. */
  async function removeRow(trx: Kysely<Database>, post: PostRow): Promise<void> {
    await deps.polls?.removeOfPost(trx, post.id);
    await deletePostRows(trx, post.id);
    if (post.visibility !== 'direct') await bumpAccountStatuses(trx, post.account_id, -1, null);
    if (post.in_reply_to_id) await bumpPostCounter(trx, post.in_reply_to_id, 'replies_count', -1);
    if (post.reblog_of_id) await bumpPostCounter(trx, post.reblog_of_id, 'reblogs_count', -1);
  }

  async function remove(viewerId: string, id: string): Promise<Result<PostRow, PostError>> {
    const post = await findOwn(viewerId, id);
    if (!post) return err({ kind: 'not_found' });
    const gone = await db.transaction().execute(async (trx) => {
      // Shares of a deleted post go with it, as in Mastodon.
      const shares = await trx
        .selectFrom('posts')
        .selectAll()
        .where('reblog_of_id', '=', id)
        .execute();
      for (const share of shares) await removeRow(trx, share);
      await removeRow(trx, post);
      return [...shares, post];
    });
    for (const row of gone) {
      await events.publish({
        type: 'post.deleted',
        postId: row.id,
        authorId: row.account_id,
        visibility: row.visibility,
      });
    }
    return ok(post);
  }

  async function history(viewerId: string | null, id: string) {
    const post = await findVisiblePost(db, id, viewerId);
    if (!post || post.reblog_of_id) return err({ kind: 'not_found' as const });
    const edits = await db
      .selectFrom('post_edits')
      .selectAll()
      .where('post_id', '=', id)
      .orderBy('id')
      .execute();
    const current = {
      content_html: post.content_html,
      spoiler_text: post.spoiler_text,
      sensitive: post.sensitive,
      created_at: post.edited_at ?? post.created_at,
    };
    return ok({ post, versions: [...edits, current] });
  }

  return {
    validate,
    create,
    edit,
    remove,
    removeRow,
    findOwn,
    history,
    /** The post an earlier request with this Idempotency-Key created, if any. */
    findByIdempotencyKey: replayed,
  };
}
