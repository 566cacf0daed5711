import type { Kysely } from 'kysely';
import type { UserRow } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';

/** At most this many accounts are tried for one log-in: each costs a password hash. */
export const MAX_LOGIN_CANDIDATES = 5;

export type LoginCandidate = UserRow & {
  username: string;
  /** Set when a moderator suspended or disabled the account: log-in is refused, and says why. */
  suspended_at: string | null;
  disabled_at: string | null;
};

/**
 * The local users a log-in may mean: the one with this username, and those that gave this
 * e-mail address (addresses are not unique: migration 0007), oldest first. Deleted accounts
 * cannot log in again.
 */
export function findLoginCandidates(
  db: Kysely<Database>,
  loginKey: string,
): Promise<LoginCandidate[]> {
  return db
    .selectFrom('users as u')
    .innerJoin('accounts as a', 'a.id', 'u.account_id')
    .leftJoin('account_moderation as am', 'am.account_id', 'a.id')
    .selectAll('u')
    .select(['a.username', 'am.suspended_at', 'am.disabled_at'])
    .where((eb) =>
      eb.or([
        eb('u.email_key', '=', loginKey),
        eb.and([eb('a.username_key', '=', loginKey), eb('a.domain', 'is', null)]),
      ]),
    )
    .where('a.deleted_at', 'is', null)
    .orderBy('u.created_at')
    .orderBy('u.account_id')
    .limit(MAX_LOGIN_CANDIDATES)
    .execute();
}
