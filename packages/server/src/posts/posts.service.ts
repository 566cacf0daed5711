import type { Kysely } from 'kysely';
import type { Database, ReplyPolicy, Visibility } from '../db/schema.ts';
import type { OutboundRecorder } from '../federation/outbound-events.ts';
import { localUris } from '../federation/uri.ts';
import {
  MediaAttachError,
  type MediaChanges,
  type MediaError,
  type PostMedia,
} from '../media/media.service.ts';
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
import { remotePosts } from './remote-posts.ts';

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
  /** The author's uploads to attach, in order (`media/`); on an edit, the post's new set. */
  mediaIds?: string[] | undefined;
  /** On an edit: new descriptions or focal points of the post's media. */
  mediaAttributes?: Array<MediaChanges & { id: string }> | undefined;
  /**
   * On a creation: what another domain writes with the post, in its transaction (a call to
   * action, a spotlight), so that nothing reading the committed post (the outbound bridge's
   * Create) can find it without them.
   */
  within?: ((trx: Kysely<Database>, post: PostRow) => Promise<void>) | undefined;
}

/** An image that cannot go on this post (someone else's, taken, still processing…). */
export interface MediaInvalid {
  kind: 'media_invalid';
  problem: MediaError;
}

/** A reply the parent's (or its thread's) reply policy refuses, with whose post it is. */
export interface ReplyRefused {
  kind: 'reply_refused';
  policy: 'following' | 'mentioned' | 'nobody';
  author: { id: string; username: string; display_name: string };
}

export type PostError =
  | ComposeError
  | { kind: 'not_found' }
  | ReplyRefused
  | PollInvalid
  | MediaInvalid;

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
  /** Checks and attaches images, inside the post's own transactions (`media/`). */
  media?: PostMedia;
  /** Records what other servers must hear of, inside each change's transaction. */
  outbound?: OutboundRecorder;
}

export type PostsService = ReturnType<typeof createPostsService>;

/** A retried request whose Idempotency-Key another request has just used. */
class IdempotentReplayError extends Error {}

export function createPostsService(deps: PostsDeps) {
  const { db, clock, ids, stemmers, feed, notifications, events, policy } = deps;
  const outbound: OutboundRecorder = deps.outbound ?? (async () => {});
  const ctx = { publicUrl: deps.publicUrl, domain: deps.domain };
  // Every local URI from the one builder (federation/uri.ts), as the actors and Notes use it.
  const uris = localUris(deps.publicUrl);

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
      (input.mediaIds?.length ?? 0) > 0,
    );
    if (lengthError) return err(lengthError);
    const mediaError = await checkMediaOf(authorId, input.mediaIds);
    if (mediaError) return err(mediaError);
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

  async function checkMediaOf(authorId: string, mediaIds: string[] | undefined) {
    if (!mediaIds || mediaIds.length === 0) return null;
    if (!deps.media) throw new Error('media reached a posts service built without media');
    const checked = await deps.media.check(authorId, mediaIds);
    return checked.ok ? null : ({ kind: 'media_invalid', problem: checked.error } as const);
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
      uri: uris.status(author.username, id),
      url: uris.statusUrl(author.username, id),
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
        await insertPost(
          trx,
          post,
          composed.mentions.map((m) => m.id),
          composed.tags,
        );
        if (input.poll) await deps.polls?.attach(trx, post, input.poll);
        if (input.mediaIds?.length) await deps.media?.attach(trx, authorId, id, input.mediaIds);
        if (input.within) await input.within(trx, post);
        await outbound(trx, { type: 'post.created', postId: id });
      });
    } catch (error) {
      // Rolling back is the only way out of a Kysely transaction, hence the throw.
      const seen =
        error instanceof IdempotentReplayError && key ? await replayed(authorId, key) : undefined;
      if (seen) return ok(seen);
      // Another request took one of the images meanwhile: nothing was written.
      if (error instanceof MediaAttachError) {
        return err({ kind: 'media_invalid', problem: error.problem });
      }
      throw error;
    }
    await announce(
      post,
      composed.mentions.map((m) => m.id),
    );
    return ok(post);
  }

  /** Writes a new post and everything hanging off it, inside `trx` (local or remote alike). */
  async function insertPost(
    trx: Kysely<Database>,
    post: PostRow,
    mentionIds: string[],
    tags: Array<{ name: string; display: string }>,
  ): Promise<void> {
    await trx.insertInto('posts').values(post).execute();
    const tagIds = await upsertTags(trx, tags, ids, post.created_at);
    await replaceMentionsAndTags(trx, post.id, mentionIds, tagIds);
    // Like Mastodon, direct posts are not counted: the count and date are public.
    if (post.visibility !== 'direct') {
      await bumpAccountStatuses(trx, post.account_id, 1, post.created_at);
    }
    if (post.in_reply_to_id) await bumpPostCounter(trx, post.in_reply_to_id, 'replies_count', 1);
    await indexPost(trx, post.id, indexTerms(`${post.spoiler_text} ${post.text}`, stemmers));
    await feed.postCreated(post, trx);
  }

  /** After the commit: who was addressed hears of it, then every `post.created` subscriber. */
  async function announce(post: PostRow, mentionIds: string[]): Promise<void> {
    const authorId = post.account_id;
    const parentAuthor = post.in_reply_to_account_id;
    // A reply notifies the replied-to author as `reply`; everyone else named gets `mention`.
    if (post.in_reply_to_id && parentAuthor) {
      await notifications.notify(parentAuthor, authorId, 'reply', post.id);
    }
    for (const m of mentionIds) {
      if (m !== parentAuthor) await notifications.notify(m, authorId, 'mention', post.id);
    }
    await events.publish({ type: 'post.created', postId: post.id, authorId });
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
      | 'status'
      | 'spoilerText'
      | 'sensitive'
      | 'language'
      | 'replyPolicy'
      | 'poll'
      | 'mediaIds'
      | 'mediaAttributes'
    >,
  ): Promise<Result<PostRow, PostError>> {
    const post = await findOwn(viewerId, id);
    if (!post) return err({ kind: 'not_found' });
    const contentUnchanged =
      input.status === undefined &&
      input.spoilerText === undefined &&
      input.sensitive === undefined &&
      input.language === undefined &&
      input.poll === undefined &&
      input.mediaIds === undefined &&
      input.mediaAttributes === undefined;
    if (contentUnchanged && input.replyPolicy !== undefined) {
      // Who may reply is a setting of the post, not its words: no new version, not "edited".
      const replyPolicy = input.replyPolicy;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('posts')
          .set({ reply_policy: replyPolicy })
          .where('id', '=', id)
          .execute();
        // Other servers read who may reply from the Note (interactionPolicy): they hear of it.
        await outbound(trx, { type: 'post.edited', postId: id });
      });
      return ok({ ...post, reply_policy: replyPolicy });
    }
    const text = input.status ?? post.text;
    const spoiler = input.spoilerText ?? post.spoiler_text;
    const keepsMedia = input.mediaIds
      ? input.mediaIds.length > 0
      : ((await deps.media?.count(id)) ?? 0) > 0;
    const lengthError = checkLength(text, spoiler, await deps.maxPostChars(), keepsMedia);
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
    const edited = db.transaction().execute(async (trx) => {
      await replaceVersion(
        trx,
        post,
        updated,
        composed.mentions.map((m) => m.id),
        composed.tags,
      );
      if (input.poll) await deps.polls?.replace(trx, post, input.poll);
      if (input.mediaIds) await deps.media?.replace(trx, viewerId, id, input.mediaIds);
      if (input.mediaAttributes) {
        await deps.media?.describe(trx, viewerId, id, input.mediaAttributes);
      }
      await outbound(trx, { type: 'post.edited', postId: id });
    });
    // An image another post took meanwhile rolls the whole edit back: answered as a value.
    const mediaProblem = await edited.then(() => null, mediaAttachProblem);
    if (mediaProblem) return err(mediaProblem);
    await announceEdit(
      updated,
      previousMentions.map((m) => m.account_id),
      composed.mentions.map((m) => m.id),
    );
    return ok(updated);
  }

  /** Keeps the replaced version, dated when it was written, and stores the new one. */
  async function replaceVersion(
    trx: Kysely<Database>,
    post: PostRow,
    updated: PostRow,
    mentionIds: string[],
    tags: Array<{ name: string; display: string }>,
  ): Promise<void> {
    await trx
      .insertInto('post_edits')
      .values({
        id: ids(),
        post_id: post.id,
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
        text: updated.text,
        spoiler_text: updated.spoiler_text,
        content_html: updated.content_html,
        sensitive: updated.sensitive,
        language: updated.language,
        edited_at: updated.edited_at,
        reply_policy: updated.reply_policy,
      })
      .where('id', '=', post.id)
      .execute();
    const tagIds = await upsertTags(trx, tags, ids, updated.edited_at ?? updated.created_at);
    await replaceMentionsAndTags(trx, post.id, mentionIds, tagIds);
    await indexPost(trx, post.id, indexTerms(`${updated.spoiler_text} ${updated.text}`, stemmers));
  }

  /** Newly named people hear of an edit; the tone is read again by `post.edited` subscribers. */
  async function announceEdit(updated: PostRow, previous: string[], mentionIds: string[]) {
    const before = new Set(previous);
    for (const m of mentionIds) {
      if (!before.has(m) && m !== updated.in_reply_to_account_id) {
        await notifications.notify(m, updated.account_id, 'mention', updated.id);
      }
    }
    await events.publish({ type: 'post.edited', postId: updated.id, authorId: updated.account_id });
  }

  /** Deletes one post row (a post or a share) and keeps every counter right. */
  async function removeRow(trx: Kysely<Database>, post: PostRow): Promise<void> {
    await deps.polls?.removeOfPost(trx, post.id);
    // Its images' files are deleted by a durable job once this transaction commits.
    await deps.media?.release(trx, post.id);
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
      const named = await trx
        .selectFrom('mentions')
        .select('account_id')
        .where('post_id', '=', id)
        .execute();
      await removeRow(trx, post);
      // The row is gone when the bridge runs: the event carries what the Delete needs.
      await outbound(trx, {
        type: 'post.deleted',
        postId: post.id,
        authorId: post.account_id,
        uri: post.uri,
        visibility: post.visibility,
        audienceIds: [
          ...named.map((m) => m.account_id),
          ...(post.in_reply_to_account_id ? [post.in_reply_to_account_id] : []),
        ],
      });
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

  // Posts of remote authors go through the same writes (remote-posts.ts).
  const remote = remotePosts({
    db,
    clock,
    ids,
    policy,
    insertPost,
    announce,
    replaceVersion,
    announceEdit,
    findOwn,
    media: deps.media,
  });

  return {
    validate,
    create,
    createRemote: remote.createRemote,
    edit,
    editRemote: remote.editRemote,
    remove,
    removeRow,
    findOwn,
    history,
    /** The post an earlier request with this Idempotency-Key created, if any. */
    findByIdempotencyKey: replayed,
  };
}

/** A `MediaAttachError` thrown inside a transaction, as a value; anything else is rethrown. */
function mediaAttachProblem(error: unknown): MediaInvalid {
  if (error instanceof MediaAttachError) return { kind: 'media_invalid', problem: error.problem };
  throw error;
}

export type { RemotePostInput } from './remote-posts.ts';
