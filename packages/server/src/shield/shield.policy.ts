import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * The shield's part of "may this person see that post?", for the visibility rule: a post waiting
 * in someone's held folder (held, or kept hidden) is shown to its own author only.
 *
 * - a held reply: hidden from everyone but its author (as Instagram's Limits do), so a pile-on
 *   disappears from the thread for every third reader too;
 * - a held mention or direct message: hidden from the person it was held for (it waits in their
 *   folder); others see a mention as before, since it was not written to them alone.
 *
 * One indexed lookup per row (`shield_held_by_post`). Approving an item makes the post visible
 * again at once; nothing is ever deleted.
 */
export function notHeldFrom(viewerId: string | null, alias = 'p'): RawBuilder<SqlBool> {
  const postId = sql.ref(`${alias}.id`);
  const author = sql.ref(`${alias}.account_id`);
  if (viewerId === null) {
    return sql<SqlBool>`not exists (
      select 1 from shield_held sh_h
      where sh_h.post_id = ${postId} and sh_h.state <> 'approved' and sh_h.kind = 'reply'
    )`;
  }
  return sql<SqlBool>`(${author} = ${viewerId} or not exists (
    select 1 from shield_held sh_h
    where sh_h.post_id = ${postId} and sh_h.state <> 'approved'
      and (sh_h.kind = 'reply' or sh_h.owner_id = ${viewerId})
  ))`;
}

/**
 * For the list of follow requests: a request the shield holds (or keeps hidden) waits in the
 * held folder, not among the requests, until the person lets it through.
 */
export function followRequestNotHeld(
  ownerColumn: string,
  requesterColumn: string,
): RawBuilder<SqlBool> {
  return sql<SqlBool>`not exists (
    select 1 from shield_held sh_f
    where sh_f.owner_id = ${sql.ref(ownerColumn)} and sh_f.from_account_id = ${sql.ref(requesterColumn)}
      and sh_f.kind = 'follow' and sh_f.post_id is null and sh_f.state <> 'approved'
  )`;
}
