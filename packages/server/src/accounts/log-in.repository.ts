import type { Kysely } from 'kysely';
import type { UserRow } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';

/** At most this many accounts are tried for one log-in: each costs a password hash. */
export const MAX_LOGIN_CANDIDATES = 5;

export type LoginCandidate = UserRow & { username: string };

/**
 * The local users a log-in may mean: the one with this username, and those that gave this
 * e-mail address (addresses are not unique: migration 0007), oldest first. Deleted accounts
 * cannot log in again.
 */
export function findLoginCandidates(
  db: Kysely<Database>,
  loginKey: string,
): Promise<LoginCandidate[]> {
  return (
    db
      .selectFrom('users as u')
      .innerJoin('accounts as a', 'a.id', 'u.account_id')
      .selectAll('u')
      .select('a.username')
      .where((eb) =>
        eb.or([
          eb('u.email_key', '=', loginKey),
          eb.and([eb('a.username_key', '=', loginKey), eb('a.domain', 'is', null)]),
        ]),
      )
      .where('a.deleted_at', 'is', null)
      // A suspended or disabled account cannot log in (moderation, ADR 0014).
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('account_moderation as am')
              .select('am.account_id')
              .whereRef('am.account_id', '=', 'a.id')
              .where((eb) =>
                eb.or([
                  eb('am.suspended_at', 'is not', null),
                  eb('am.disabled_at', 'is not', null),
                ]),
              ),
          ),
        ),
      )
      .orderBy('u.created_at')
      .orderBy('u.account_id')
      .limit(MAX_LOGIN_CANDIDATES)
      .execute()
  );
}
