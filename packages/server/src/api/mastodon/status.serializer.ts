import type { Selectable } from 'kysely';
import type { PostEditTable, PostTable } from '../../db/schema.ts';
import type { StatusEmpathie } from '../../gentle/status-extension.ts';
import type { MediaRow } from '../../media/media.repository.ts';
import {
  type AccountRow,
  type MastodonAccount,
  type SerializerContext,
  serializeAccount,
} from './account.serializer.ts';
import type { MastodonFilterResult } from './filter.serializer.ts';
import {
  type MastodonMediaAttachment,
  serializeMediaAttachment,
} from './media-attachment.serializer.ts';
import type { MastodonPoll } from './poll.serializer.ts';
import { type MastodonTag, serializeTagRef } from './tag.serializer.ts';

export type PostRow = Selectable<PostTable>;

export interface MastodonMention {
  id: string;
  username: string;
  url: string;
  acct: string;
}

export interface MastodonStatus {
  id: string;
  uri: string;
  url: string | null;
  created_at: string;
  account: MastodonAccount;
  content: string;
  visibility: PostRow['visibility'];
  sensitive: boolean;
  spoiler_text: string;
  media_attachments: MastodonMediaAttachment[];
  application: null;
  mentions: MastodonMention[];
  tags: MastodonTag[];
  emojis: never[];
  reblogs_count: number;
  favourites_count: number;
  replies_count: number;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  reblog: MastodonStatus | null;
  /** Set by the polls' status extension (`polls/poll-status.extension.ts`). */
  poll: MastodonPoll | null;
  card: null;
  language: string | null;
  /** Only when answering a delete (for "delete and redraft") or `/source`. */
  text?: string;
  edited_at: string | null;
  favourited: boolean;
  reblogged: boolean;
  muted: boolean;
  bookmarked: boolean;
  pinned: boolean;
  /** Mastodon's FilterResults of the viewer's keyword filters that match (set by the presenter). */
  filtered: MastodonFilterResult[];
  /** Empathie's extension, set per viewer by the status presenter; Mastodon clients ignore it. */
  empathie?: StatusEmpathie;
}

/** Everything about one post that the batch loader gathered for the viewer. */
export interface StatusParts {
  post: PostRow;
  author: AccountRow;
  mentions: AccountRow[];
  tags: string[];
  /** The post's images, in order (rows of `media_attachments`). */
  media?: MediaRow[];
  favourited: boolean;
  reblogged: boolean;
  /** Whether the viewer bookmarked it, and whether it is pinned to its author's profile. */
  bookmarked?: boolean;
  pinned?: boolean;
  reblog: MastodonStatus | null;
}

export function serializeMention(row: AccountRow): MastodonMention {
  return {
    id: row.id,
    username: row.username,
    url: row.url,
    acct: row.domain ? `${row.username}@${row.domain}` : row.username,
  };
}

export function serializeStatus(parts: StatusParts, ctx: SerializerContext): MastodonStatus {
  const { post, reblog } = parts;
  return {
    id: post.id,
    uri: post.uri,
    url: post.reblog_of_id ? null : post.url,
    created_at: post.created_at,
    account: serializeAccount(parts.author, ctx),
    // A share carries no content of its own: clients read `reblog`.
    content: post.reblog_of_id ? '' : post.content_html,
    visibility: post.visibility,
    sensitive: post.sensitive === 1,
    spoiler_text: post.spoiler_text,
    media_attachments: (parts.media ?? []).map((m) =>
      serializeMediaAttachment(
        m,
        ctx.mediaUrl ?? ((key) => `${ctx.publicUrl}/media/${key}`),
        ctx.publicUrl,
      ),
    ),
    application: null,
    mentions: parts.mentions.map(serializeMention),
    tags: parts.tags.map((name) => serializeTagRef(name, ctx)),
    emojis: [],
    reblogs_count: Number(post.reblogs_count),
    favourites_count: Number(post.favourites_count),
    replies_count: Number(post.replies_count),
    in_reply_to_id: post.in_reply_to_id,
    in_reply_to_account_id: post.in_reply_to_account_id,
    reblog,
    poll: null,
    card: null,
    language: post.language,
    edited_at: post.edited_at,
    // Mastodon mirrors the shared post's flags on the share itself.
    favourited: reblog ? reblog.favourited : parts.favourited,
    reblogged: reblog ? reblog.reblogged : parts.reblogged,
    muted: false,
    bookmarked: reblog ? reblog.bookmarked : (parts.bookmarked ?? false),
    // A share is never pinned itself; Mastodon answers `pinned` for the author's own posts.
    pinned: reblog ? false : (parts.pinned ?? false),
    filtered: [],
    // Who may reply; `can_reply` (for the viewer) is added by the policy in the presenter.
    empathie: { reply_policy: post.reply_policy ?? 'everyone' },
  };
}

export interface MastodonStatusEdit {
  content: string;
  spoiler_text: string;
  sensitive: boolean;
  created_at: string;
  account: MastodonAccount;
  poll: null;
  media_attachments: never[];
  emojis: never[];
}

export function serializeStatusEdit(
  edit: Pick<
    Selectable<PostEditTable>,
    'content_html' | 'spoiler_text' | 'sensitive' | 'created_at'
  >,
  author: AccountRow,
  ctx: SerializerContext,
): MastodonStatusEdit {
  return {
    content: edit.content_html,
    spoiler_text: edit.spoiler_text,
    sensitive: edit.sensitive === 1,
    created_at: edit.created_at,
    account: serializeAccount(author, ctx),
    poll: null,
    media_attachments: [],
    emojis: [],
  };
}

export function serializeStatusSource(post: PostRow) {
  return { id: post.id, text: post.text, spoiler_text: post.spoiler_text };
}
