import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * Moderation's part of "may this person see that post?", for the visibility rule
 * (`policy/visibility.ts`):
 *
 * - a removed post is shown to nobody (its author reads what it said in the statement of
 *   reasons); a reversed decision clears `removed_at` and it is back everywhere at once;
 * - the posts of a suspended account are shown to nobody;
 * - the posts of a limited account reach only its followers (and the author, and the people a
 *   post mentions): timelines, the public feed, search and threads all read this rule.
 *
 * Each is a primary-key lookup (`post_removals`, `account_moderation`), so the cost per row is
 * flat whatever the size of the tables.
 */
export function notModeratedAway(viewerId: string | null, alias = 'p'): RawBuilder<SqlBool> {
  const author = sql.ref(`${alias}.account_id`);
  const postId = sql.ref(`${alias}.id`);
  const removed = sql<SqlBool>`exists (select 1 from post_removals mod_r where mod_r.post_id = ${postId})`;
  const suspended = sql<SqlBool>`exists (
    select 1 from account_moderation mod_a
    where mod_a.account_id = ${author} and mod_a.suspended_at is not null
  )`;
  const limited = sql<SqlBool>`exists (
    select 1 from account_moderation mod_l
    where mod_l.account_id = ${author} and mod_l.limited_at is not null
  )`;
  if (viewerId === null) {
    return sql<SqlBool>`(not ${removed} and not ${suspended} and not ${limited})`;
  }
  return sql<SqlBool>`(
    not ${removed}
    and not ${suspended}
    and (
      not ${limited}
      or ${author} = ${viewerId}
      or exists (
        select 1 from follows mod_f
        where mod_f.account_id = ${viewerId} and mod_f.target_account_id = ${author}
      )
      or exists (
        select 1 from mentions mod_m where mod_m.post_id = ${postId} and mod_m.account_id = ${viewerId}
      )
    )
  )`;
}

/**
 * A suspended account is unavailable everywhere: profile lookups and account search leave it out
 * (moderators still reach it through the admin routes). `alias` names the accounts table.
 */
export function notSuspended(alias = 'a'): RawBuilder<SqlBool> {
  return sql<SqlBool>`not exists (
    select 1 from account_moderation mod_s
    where mod_s.account_id = ${sql.ref(`${alias}.id`)} and mod_s.suspended_at is not null
  )`;
}
