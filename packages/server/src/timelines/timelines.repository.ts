import type { Kysely, SelectQueryBuilder } from 'kysely';
import { applyPage, finishPage, type PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import {
  notDomainBlockedBy,
  notShareFromDomainBlockedBy,
  notSilencedAuthor,
  notSuspendedAuthor,
  notSuspendedShare,
} from '../policy/domain-blocks.sql.ts';
import { notMutedBy } from '../policy/relations.sql.ts';
import { visibleTo } from '../policy/visibility.ts';
import type { PostRow } from '../posts/posts.repository.ts';
import { normaliseTag } from '../posts/render.ts';

type Db = Kysely<Database>;

/** Hides posts of accounts the viewer mutes (read-time: a mute is cheap to undo). */
// biome-ignore lint/suspicious/noExplicitAny: applies to any query that has a `p` alias
function withoutMuted<Q extends SelectQueryBuilder<any, any, any>>(
  q: Q,
  viewerId: string | null,
  authorColumn: string,
): Q {
  return viewerId === null ? q : (q.where(notMutedBy(viewerId, authorColumn)) as Q);
}

/**
 * One page of the home timeline: a range scan of the reader's `home_feed` rows (primary key
 * `account_id, post_id`), each joined to its post by primary key. The cost depends on the page
 * size only, never on how many posts the instance holds (see home-feed.service.ts).
 */
export async function homePage(db: Db, viewerId: string, page: PageParams): Promise<PostRow[]> {
  const q = db
    .selectFrom('home_feed as hf')
    .innerJoin('posts as p', 'p.id', 'hf.post_id')
    .selectAll('p')
    .where('hf.account_id', '=', viewerId)
    .where(visibleTo(viewerId, 'p'))
    // A domain the reader blocked: neither its people's posts nor shares of them.
    .where(notDomainBlockedBy(viewerId, 'hf.author_id'))
    // A suspended server's people vanish from home feeds too, shares of their posts with them.
    .where(notSuspendedAuthor('hf.author_id'))
    .where(notSuspendedShare('p.reblog_of_id'))
    .where(notShareFromDomainBlockedBy(viewerId, 'p.reblog_of_id'));
  return finishPage(
    await applyPage(withoutMuted(q, viewerId, 'hf.author_id'), 'hf.post_id', page).execute(),
    page,
  );
}

/**
 * Public timelines leave out servers the instance silences or suspends, and those the viewer
 * blocked for themselves (the policy's domain predicates; local authors are never covered).
 */
// biome-ignore lint/suspicious/noExplicitAny: applies to any query that has a `p` alias
function withoutBlockedDomains<Q extends SelectQueryBuilder<any, any, any>>(
  q: Q,
  viewerId: string | null,
  authorColumn: string,
): Q {
  const quiet = q.where(notSilencedAuthor(authorColumn)) as Q;
  return viewerId === null ? quiet : (quiet.where(notDomainBlockedBy(viewerId, authorColumn)) as Q);
}

export interface PublicFilter {
  local: boolean;
  remote: boolean;
  /** Only posts carrying images (Mastodon's `only_media`). */
  onlyMedia?: boolean;
}

/** Posts with at least one image: an index probe of `media_attachments_by_post` per row. */
// biome-ignore lint/suspicious/noExplicitAny: shared by queries over different joins
function withMedia<Q extends SelectQueryBuilder<any, any, any>>(q: Q, onlyMedia = false): Q {
  if (!onlyMedia) return q;
  return q.where(({ exists, selectFrom }) =>
    exists(
      selectFrom('media_attachments as ma')
        .select('ma.id')
        .whereRef('ma.post_id', '=', 'p.id')
        .where('ma.state', '=', 'ready'),
    ),
  ) as Q;
}

/** Public posts, newest first (no shares, like Mastodon); `local` uses `posts_local_timeline`. */
export async function publicPage(
  db: Db,
  viewerId: string | null,
  filter: PublicFilter,
  page: PageParams,
): Promise<PostRow[]> {
  let q = db
    .selectFrom('posts as p')
    .selectAll('p')
    .where('p.visibility', '=', 'public')
    .where('p.reblog_of_id', 'is', null)
    .where(visibleTo(viewerId, 'p'));
  if (filter.local) q = q.where('p.local', '=', 1);
  else if (filter.remote) q = q.where('p.local', '=', 0);
  if (!filter.local) q = withoutBlockedDomains(q, viewerId, 'p.account_id');
  q = withMedia(q, filter.onlyMedia);
  return finishPage(
    await applyPage(withoutMuted(q, viewerId, 'p.account_id'), 'p.id', page).execute(),
    page,
  );
}

/** Public posts carrying a hashtag: a range scan of `post_tags (tag_id, post_id)`. */
export async function tagPage(
  db: Db,
  viewerId: string | null,
  tag: string,
  filter: PublicFilter,
  page: PageParams,
): Promise<PostRow[]> {
  const found = await db
    .selectFrom('tags')
    .select('id')
    .where('name', '=', normaliseTag(tag))
    .executeTakeFirst();
  if (!found) return [];
  let q = db
    .selectFrom('post_tags as pt')
    .innerJoin('posts as p', 'p.id', 'pt.post_id')
    .selectAll('p')
    .where('pt.tag_id', '=', found.id)
    .where('p.visibility', '=', 'public')
    .where(visibleTo(viewerId, 'p'));
  if (filter.local) q = q.where('p.local', '=', 1);
  else if (filter.remote) q = q.where('p.local', '=', 0);
  if (!filter.local) q = withoutBlockedDomains(q, viewerId, 'p.account_id');
  q = withMedia(q, filter.onlyMedia);
  return finishPage(
    await applyPage(withoutMuted(q, viewerId, 'p.account_id'), 'pt.post_id', page).execute(),
    page,
  );
}

export interface AccountFilter {
  excludeReplies: boolean;
  excludeReblogs: boolean;
  tagged: string | undefined;
  onlyMedia?: boolean;
}

/** A profile's posts as the viewer may see them: a range scan of `posts_by_account`. */
export async function accountPage(
  db: Db,
  viewerId: string | null,
  accountId: string,
  filter: AccountFilter,
  page: PageParams,
): Promise<PostRow[]> {
  let q = db
    .selectFrom('posts as p')
    .selectAll('p')
    .where('p.account_id', '=', accountId)
    .where(visibleTo(viewerId, 'p'));
  if (filter.excludeReplies) {
    // Like Mastodon, a reply to oneself (a thread) stays on the profile.
    q = q.where((w) =>
      w.or([w('p.in_reply_to_id', 'is', null), w('p.in_reply_to_account_id', '=', accountId)]),
    );
  }
  if (filter.excludeReblogs) q = q.where('p.reblog_of_id', 'is', null);
  if (filter.tagged) {
    const name = normaliseTag(filter.tagged);
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('post_tags as apt')
          .innerJoin('tags as at', 'at.id', 'apt.tag_id')
          .select('apt.post_id')
          .whereRef('apt.post_id', '=', 'p.id')
          .where('at.name', '=', name),
      ),
    );
  }
  q = withMedia(q, filter.onlyMedia);
  return finishPage(await applyPage(q, 'p.id', page).execute(), page);
}
