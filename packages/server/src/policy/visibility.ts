import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Visibility } from '../db/schema.ts';
import { notModeratedAway } from '../moderation/moderation.policy.ts';
import { notHeldFrom } from '../shield/shield.policy.ts';
import { blockedEitherWaySql } from './relations.sql.ts';

/**
 * THE visibility rule of Empathie, in one place. Every query that returns posts (timelines,
 * threads, search, profile listings, by id, notifications, favourited_by…) filters with
 * `visibleTo`, and code holding a single row uses `canSee`; both encode the same rule:
 *
 * - nobody sees the posts of a deleted account (hidden at once, erased after a grace period);
 * - nobody sees the posts of an account that blocks them or that they block;
 * - `public` and `unlisted`: everyone else, signed in or not;
 * - `private` (followers-only): the author, the author's followers, the people mentioned;
 * - `direct`: the author and the people mentioned.
 * - a message the shield holds is shown to its author only (`shield/shield.policy.ts`).
 * - removed posts, suspended authors, limited authors beyond their followers: nobody
 *   (`moderation/moderation.policy.ts`).
 *
 * A hidden post answers 404 (never 403), so its existence does not leak.
 */
export function visibleTo(viewerId: string | null, alias = 'p'): RawBuilder<SqlBool> {
  const author = sql.ref(`${alias}.account_id`);
  const postId = sql.ref(`${alias}.id`);
  const visibility = sql.ref(`${alias}.visibility`);
  // A primary-key lookup per row; the author's row is usually in cache already.
  const authorLive = sql<SqlBool>`not exists (
    select 1 from accounts vis_gone where vis_gone.id = ${author} and vis_gone.deleted_at is not null
  )`;
  if (viewerId === null) {
    return sql<SqlBool>`(${visibility} in ('public', 'unlisted') and ${authorLive} and ${notHeldFrom(null, alias)} and ${notModeratedAway(null, alias)})`;
  }
  // Written as plain correlated EXISTS subqueries: each is an index lookup (blocks_pair,
  // mentions_pk, follows_pair), so the predicate costs the same per row whatever the table sizes.
  return sql<SqlBool>`(
    ${authorLive}
    and ${notHeldFrom(viewerId, alias)}
    and ${notModeratedAway(viewerId, alias)}
    and not ${blockedEitherWaySql(viewerId, author)}
    and (
      ${visibility} in ('public', 'unlisted')
      or ${author} = ${viewerId}
      or exists (
        select 1 from mentions vis_m where vis_m.post_id = ${postId} and vis_m.account_id = ${viewerId}
      )
      or (
        ${visibility} = 'private'
        and exists (
          select 1 from follows vis_f
          where vis_f.account_id = ${viewerId} and vis_f.target_account_id = ${author}
        )
      )
    )
  )`;
}

/** What `canSee` needs to know about the viewer's relation to one post. */
export interface ViewerRelation {
  viewerId: string | null;
  /** The viewer follows the post's author. */
  follows: boolean;
  /** The viewer is mentioned in the post. */
  mentioned: boolean;
  /** The author blocks the viewer or the viewer blocks the author. */
  blocked: boolean;
}

/** The same rule as `visibleTo`, for a row already in hand. */
export function canSee(
  post: { account_id: string; visibility: Visibility },
  relation: ViewerRelation,
): boolean {
  if (relation.viewerId === null)
    return post.visibility === 'public' || post.visibility === 'unlisted';
  if (relation.blocked) return false;
  if (post.visibility === 'public' || post.visibility === 'unlisted') return true;
  if (post.account_id === relation.viewerId || relation.mentioned) return true;
  return post.visibility === 'private' && relation.follows;
}

/** Only public and unlisted posts can be shared: a share would widen a narrower audience. */
export function canBeShared(visibility: Visibility): boolean {
  return visibility === 'public' || visibility === 'unlisted';
}
