import type { Kysely } from 'kysely';
import type { SerializerContext } from '../api/mastodon/account.serializer.ts';
import {
  type MastodonStatus,
  type PostRow,
  serializeStatus,
} from '../api/mastodon/status.serializer.ts';
import type { Database } from '../db/schema.ts';
import { mediaRepository } from '../media/media.repository.ts';
import { mutedAmong } from '../policy/relations.sql.ts';
import { visibleTo } from '../policy/visibility.ts';
import type { AccountRow } from './posts.repository.ts';

/**
 * Turns a page of post rows into Mastodon statuses with a fixed number of queries whatever the
 * page size (no N+1): shared posts, authors, mentions, tags and the viewer's flags are each
 * fetched once for the whole page. A share whose original the viewer may not see (or whose
 * author they mute) is dropped, so a share never leaks a hidden post.
 */
export async function loadStatuses(
  db: Kysely<Database>,
  rows: PostRow[],
  viewerId: string | null,
  ctx: SerializerContext,
  options: { dropMutedShares?: boolean } = {},
): Promise<MastodonStatus[]> {
  if (rows.length === 0) return [];
  const originalIds = [...new Set(rows.flatMap((r) => (r.reblog_of_id ? [r.reblog_of_id] : [])))];
  const originals =
    originalIds.length === 0
      ? []
      : await db
          .selectFrom('posts as p')
          .selectAll('p')
          .where('p.id', 'in', originalIds)
          .where(visibleTo(viewerId, 'p'))
          .execute();
  const originalById = new Map(originals.map((p) => [p.id, p]));
  const all = [...rows, ...originals];
  const postIds = [...new Set(all.map((p) => p.id))];

  // The posts of the page the viewer favourited, bookmarked or pinned (a flag is theirs alone).
  const viewerFlag = (table: 'favourites' | 'bookmarks' | 'pins') =>
    viewerId
      ? db
          .selectFrom(table)
          .select('post_id')
          .where('account_id', '=', viewerId)
          .where('post_id', 'in', postIds)
          .execute()
      : Promise.resolve([]);

  const [mentionRows, tagRows, favouriteRows, shareRows, muted, bookmarkRows, pinRows, mediaRows] =
    await Promise.all([
      db
        .selectFrom('mentions as m')
        .innerJoin('accounts as a', 'a.id', 'm.account_id')
        .selectAll('a')
        .select('m.post_id as mention_post_id')
        .where('m.post_id', 'in', postIds)
        .execute(),
      db
        .selectFrom('post_tags as pt')
        .innerJoin('tags as t', 't.id', 'pt.tag_id')
        .select(['pt.post_id', 't.name'])
        .where('pt.post_id', 'in', postIds)
        .execute(),
      viewerFlag('favourites'),
      viewerId
        ? db
            .selectFrom('posts')
            .select('reblog_of_id')
            .where('account_id', '=', viewerId)
            .where('reblog_of_id', 'in', postIds)
            .execute()
        : [],
      viewerId && options.dropMutedShares && originals.length > 0
        ? mutedAmong(
            db,
            viewerId,
            originals.map((o) => o.account_id),
          )
        : new Set<string>(),
      viewerFlag('bookmarks'),
      // Only the viewer's own posts can be pinned by them: the flag is theirs to see.
      viewerFlag('pins'),
      // Images of the posts already allowed above: a hidden post's media never load here.
      mediaRepository(db).ofPosts(postIds),
    ]);
  const authorIds = [...new Set(all.map((p) => p.account_id))];
  const authors = await db
    .selectFrom('accounts')
    .selectAll()
    .where('id', 'in', authorIds)
    .execute();
  const authorById = new Map(authors.map((a) => [a.id, a]));

  const mentionsByPost = groupBy(mentionRows, (m) => m.mention_post_id);
  const tagsByPost = groupBy(tagRows, (t) => t.post_id);
  const favourited = new Set(favouriteRows.map((f) => f.post_id));
  const reblogged = new Set(shareRows.map((s) => s.reblog_of_id));
  const bookmarked = new Set(bookmarkRows.map((b) => b.post_id));
  const pinned = new Set(pinRows.map((p) => p.post_id));
  const mediaByPost = groupBy(mediaRows, (m) => m.post_id ?? '');

  const build = (post: PostRow, reblog: MastodonStatus | null): MastodonStatus | null => {
    const author = authorById.get(post.account_id);
    if (!author) return null;
    return serializeStatus(
      {
        post,
        author,
        mentions: (mentionsByPost.get(post.id) ?? []).map(stripMentionColumn),
        tags: (tagsByPost.get(post.id) ?? []).map((t) => t.name),
        media: mediaByPost.get(post.id) ?? [],
        favourited: favourited.has(post.id),
        reblogged: reblogged.has(post.id),
        bookmarked: bookmarked.has(post.id),
        pinned: pinned.has(post.id),
        reblog,
      },
      ctx,
    );
  };

  const out: MastodonStatus[] = [];
  for (const row of rows) {
    if (row.reblog_of_id) {
      const original = originalById.get(row.reblog_of_id);
      if (!original || muted.has(original.account_id)) continue;
      const inner = build(original, null);
      const outer = inner && build(row, inner);
      if (outer) out.push(outer);
    } else {
      const status = build(row, null);
      if (status) out.push(status);
    }
  }
  return out;
}

function stripMentionColumn(row: AccountRow & { mention_post_id: string }): AccountRow {
  const { mention_post_id: _unused, ...account } = row;
  return account;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
