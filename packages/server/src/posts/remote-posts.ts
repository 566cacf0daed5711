import type { Kysely } from 'kysely';
import type { Database, Visibility } from '../db/schema.ts';
import type { PostMedia } from '../media/media.service.ts';
import type { RemoteMediaInput } from '../media/remote-media.service.ts';
import type { Policy } from '../policy/policy.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { findVisiblePost, type PostRow } from './posts.repository.ts';
import type { PostError } from './posts.service.ts';

/**
 * A post that arrived from another server (federation/inbox): already parsed and sanitised, its
 * author a stored remote account, its mentions resolved to account ids. It goes through the same
 * storage, notifications and `post.created` pipeline as a local post (tone scoring, gentle
 * reading, the shield), but not through the local author's limits or defaults.
 */
export interface RemotePostInput {
  uri: string;
  url: string;
  text: string;
  contentHtml: string;
  spoilerText: string;
  sensitive: boolean;
  visibility: Visibility;
  language: string | null;
  inReplyToId: string | null;
  mentionIds: string[];
  tags: Array<{ name: string; display: string }>;
  publishedAt: string;
  /** Its images by address (media/remote-media.service.ts); on an edit, the post's new set. */
  media?: RemoteMediaInput[];
}

/**
 * What the posts service lends its remote half: the same writes, notifications and
 * `post.created` / `post.edited` announcements as a local post, so nothing about storing a post
 * is written twice.
 */
export interface PostWriter {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  policy: Pick<Policy, 'mayReply' | 'unmentionable'>;
  insertPost(
    trx: Kysely<Database>,
    post: PostRow,
    mentionIds: string[],
    tags: Array<{ name: string; display: string }>,
  ): Promise<void>;
  announce(post: PostRow, mentionIds: string[]): Promise<void>;
  replaceVersion(
    trx: Kysely<Database>,
    post: PostRow,
    updated: PostRow,
    mentionIds: string[],
    tags: Array<{ name: string; display: string }>,
  ): Promise<void>;
  announceEdit(updated: PostRow, previous: string[], mentionIds: string[]): Promise<void>;
  findOwn(authorId: string, id: string): Promise<PostRow | undefined>;
  /** Stores remote images' rows inside the post's transactions (`media/`). */
  media?: PostMedia | undefined;
}

/** Posts of remote authors (federation/inbox), stored and edited through the posts service. */
export function remotePosts(writer: PostWriter) {
  const { db, clock, ids, policy, insertPost, announce, replaceVersion, announceEdit, findOwn } =
    writer;

  /**
   * Stores a post from another server under its remote author. The parent's reply policy is
   * enforced as for a local reply (refused aloud to the inbox, which answers Reject); a post seen
   * before (same URI) is answered as it is, so a redelivery changes nothing.
   */
  async function createRemote(
    authorId: string,
    input: RemotePostInput,
  ): Promise<Result<PostRow, PostError>> {
    const seen = await db
      .selectFrom('posts')
      .selectAll()
      .where('uri', '=', input.uri)
      .executeTakeFirst();
    if (seen) return ok(seen);
    let parent: PostRow | undefined;
    if (input.inReplyToId) {
      parent = await findVisiblePost(db, input.inReplyToId, authorId);
      if (!parent || parent.reblog_of_id) return err({ kind: 'not_found' });
      const decision = await policy.mayReply(authorId, parent);
      if (decision.kind !== 'allowed') {
        const owner = await db
          .selectFrom('accounts')
          .select(['id', 'username', 'display_name'])
          .where('id', '=', decision.authorId)
          .executeTakeFirstOrThrow();
        return err({ kind: 'reply_refused', policy: decision.policy, author: owner });
      }
    }
    const id = ids();
    const mentionIds = await reachable(authorId, input.mentionIds);
    const post: PostRow = {
      id,
      account_id: authorId,
      uri: input.uri,
      url: input.url,
      text: input.text,
      content_html: input.contentHtml,
      spoiler_text: input.spoilerText,
      sensitive: input.sensitive || input.spoilerText !== '' ? 1 : 0,
      visibility: input.visibility,
      language: input.language,
      in_reply_to_id: parent?.id ?? null,
      in_reply_to_account_id: parent?.account_id ?? null,
      reblog_of_id: null,
      thread_root_id: parent ? (parent.thread_root_id ?? parent.id) : id,
      local: 0,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      // Its own date, unless it claims to come from the future.
      created_at:
        Date.parse(input.publishedAt) < clock.now().getTime()
          ? new Date(input.publishedAt).toISOString()
          : clock.now().toISOString(),
      edited_at: null,
      reply_policy: 'everyone',
    };
    // Read before the transaction: the domain policy may drop them (`reject_media`).
    const media = (await writer.media?.remote?.acceptRemote(authorId, input.media ?? [])) ?? [];
    await db.transaction().execute(async (trx) => {
      await insertPost(trx, post, mentionIds, input.tags);
      await writer.media?.remote?.attachRemote(trx, authorId, id, media);
    });
    await announce(post, mentionIds);
    return ok(post);
  }

  /** Mentioned accounts the author may reach: the policy drops those in a block with them. */
  async function reachable(authorId: string, mentionIds: string[]): Promise<string[]> {
    const unique = [...new Set(mentionIds)];
    if (unique.length === 0) return [];
    const excluded = await policy.unmentionable(authorId, unique);
    return unique.filter((id) => !excluded.has(id));
  }

  /** An edit (`Update`) of a remote post by its author, already parsed and sanitised. */
  async function editRemote(
    authorId: string,
    id: string,
    input: Pick<
      RemotePostInput,
      | 'text'
      | 'contentHtml'
      | 'spoilerText'
      | 'sensitive'
      | 'language'
      | 'mentionIds'
      | 'tags'
      | 'media'
    >,
  ): Promise<Result<PostRow, PostError>> {
    const post = await findOwn(authorId, id);
    if (!post || post.local === 1) return err({ kind: 'not_found' });
    const previous = await db
      .selectFrom('mentions')
      .select('account_id')
      .where('post_id', '=', id)
      .execute();
    const mentionIds = await reachable(authorId, input.mentionIds);
    const updated: PostRow = {
      ...post,
      text: input.text,
      content_html: input.contentHtml,
      spoiler_text: input.spoilerText,
      sensitive: input.sensitive || input.spoilerText !== '' ? 1 : 0,
      language: input.language ?? post.language,
      edited_at: clock.now().toISOString(),
    };
    const media =
      input.media === undefined
        ? undefined
        : ((await writer.media?.remote?.acceptRemote(authorId, input.media)) ?? []);
    await db.transaction().execute(async (trx) => {
      await replaceVersion(trx, post, updated, mentionIds, input.tags);
      // An edit carries the post's current images: kept by address, added, or purged.
      if (media) await writer.media?.remote?.replaceRemote(trx, authorId, id, media);
    });
    await announceEdit(
      updated,
      previous.map((m) => m.account_id),
      mentionIds,
    );
    return ok(updated);
  }

  return { createRemote, editRemote };
}
