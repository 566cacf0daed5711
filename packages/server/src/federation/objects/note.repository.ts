import type { Kysely } from 'kysely';
import type { Database, ReplyPolicy, Visibility } from '../../db/schema.ts';
import { empathieRefOfPost } from '../empathie-objects/empathie-objects.repository.ts';
import type { LocalUris } from '../uri.ts';
import type { NoteSource } from './note.ts';
import { loadAttachments } from './note-attachments.ts';
import { loadPollSource } from './question.repository.ts';

type Db = Kysely<Database>;

/** A local post with its author, as the Note and the outbound bridge need it. */
export interface LocalPostRow {
  id: string;
  account_id: string;
  username: string;
  visibility: Visibility;
  in_reply_to_account_id: string | null;
}

/**
 * Everything the Note of a local post names, in four reads. Undefined for a post that is not
 * this instance's own original (a remote post, a share, a missing one): only our own are served.
 */
export async function loadNoteSource(
  db: Db,
  postId: string,
  uris: LocalUris,
  localDomain: string,
): Promise<NoteSource | undefined> {
  const post = await db
    .selectFrom('posts as p')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .select([
      'p.id',
      'p.content_html',
      'p.spoiler_text',
      'p.sensitive',
      'p.visibility',
      'p.language',
      'p.reply_policy',
      'p.created_at',
      'p.edited_at',
      'p.in_reply_to_id',
      'p.reblog_of_id',
      'p.local',
      'a.username',
      'a.domain',
      'a.deleted_at',
    ])
    .where('p.id', '=', postId)
    .executeTakeFirst();
  // Only our own originals: not a remote post, a share, or a post of a deleted account.
  if (post?.local !== 1 || post.reblog_of_id || post.domain !== null || post.deleted_at) {
    return undefined;
  }
  const [parent, mentions, tags, poll] = await Promise.all([
    post.in_reply_to_id
      ? db
          .selectFrom('posts')
          .select('uri')
          .where('id', '=', post.in_reply_to_id)
          .executeTakeFirst()
      : Promise.resolve(undefined),
    db
      .selectFrom('mentions as m')
      .innerJoin('accounts as a', 'a.id', 'm.account_id')
      .select(['a.uri', 'a.username', 'a.domain'])
      .where('m.post_id', '=', postId)
      .execute(),
    db
      .selectFrom('post_tags as pt')
      .innerJoin('tags as t', 't.id', 'pt.tag_id')
      .select(['t.name', 't.display_name'])
      .where('pt.post_id', '=', postId)
      .execute(),
    loadPollSource(db, postId),
  ]);
  return {
    id: post.id,
    authorUsername: post.username,
    contentHtml: post.content_html,
    spoilerText: post.spoiler_text,
    sensitive: post.sensitive === 1,
    visibility: post.visibility,
    language: post.language,
    replyPolicy: post.reply_policy as ReplyPolicy,
    createdAt: post.created_at,
    editedAt: post.edited_at,
    inReplyToUri: parent?.uri ?? null,
    mentions: mentions.map((m) => ({
      // A local account's stored URI is ours already; built anyway so it always agrees.
      uri: m.domain === null ? uris.actor(m.username) : m.uri,
      acct: `${m.username}@${m.domain ?? localDomain}`,
    })),
    tags: tags.map((t) => ({ name: t.name, display: t.display_name })),
    attachments: await loadAttachments(db, postId, uris.origin),
    empathie: await empathieRefOfPost(db, post.id, uris),
    poll,
  };
}

/** The accounts a post names (mentions), by id. */
export async function mentionedIds(db: Db, postId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('mentions')
    .select('account_id')
    .where('post_id', '=', postId)
    .execute();
  return rows.map((r) => r.account_id);
}

/** A local original post and its local author, or undefined. */
export function findLocalPost(db: Db, postId: string): Promise<LocalPostRow | undefined> {
  return db
    .selectFrom('posts as p')
    .innerJoin('accounts as a', 'a.id', 'p.account_id')
    .select(['p.id', 'p.account_id', 'a.username', 'p.visibility', 'p.in_reply_to_account_id'])
    .where('p.id', '=', postId)
    .where('p.local', '=', 1)
    .where('p.reblog_of_id', 'is', null)
    .where('a.domain', 'is', null)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}
