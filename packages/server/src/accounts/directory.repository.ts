import type { Kysely } from 'kysely';
import type { AccountRow } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import { notSuspended } from '../moderation/moderation.policy.ts';
import { notBlockedWith } from '../policy/relations.sql.ts';

export interface DirectoryQuery {
  /** `active`: who posted last comes first; `new`: who arrived last. */
  order: 'active' | 'new';
  localOnly: boolean;
  offset: number;
  limit: number;
}

/**
 * The profile directory: people who chose to be discoverable, approved, not deleted or
 * suspended, and never someone the viewer blocks or who blocks the viewer. Ordered by a plain,
 * stated rule (last post or arrival), never by popularity.
 */
export function listDirectory(
  db: Kysely<Database>,
  viewerId: string | null,
  query: DirectoryQuery,
): Promise<AccountRow[]> {
  let q = db
    .selectFrom('accounts as a')
    .leftJoin('users as u', 'u.account_id', 'a.id')
    .selectAll('a')
    .where('a.discoverable', '=', 1)
    .where((eb) => eb.or([eb('u.approved', 'is', null), eb('u.approved', '=', 1)]))
    .where('a.deleted_at', 'is', null)
    .where(notSuspended('a'));
  if (query.localOnly) q = q.where('a.domain', 'is', null);
  if (viewerId) q = q.where(notBlockedWith(viewerId, 'a.id'));
  q =
    query.order === 'active'
      ? // Who has never posted has nothing to show yet: they come after everyone who has.
        q.where('a.last_status_at', 'is not', null).orderBy('a.last_status_at', 'desc')
      : q.orderBy('a.created_at', 'desc');
  return q.orderBy('a.id', 'desc').offset(query.offset).limit(query.limit).execute();
}
