import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Viewer } from '../http/auth.ts';
import type { Bilingual } from '../http/language.ts';
import type { Clock } from '../shared/clock.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { MESSAGES } from './account-rules.ts';
import { updateUser } from './accounts.repository.ts';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams } from './password.ts';
import type { PasswordConfirmation } from './password-confirmation.ts';
import { revokeAllTokens } from './sessions.repository.ts';

export type PasswordChangeError =
  | { kind: 'wrong_password' }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'invalid'; message: Bilingual };

export type PasswordChangeService = ReturnType<typeof createPasswordChangeService>;

export function createPasswordChangeService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  confirmation: PasswordConfirmation;
  scrypt?: ScryptParams;
}) {
  const { db, clock, confirmation } = deps;
  return {
    /**
     * Replaces the password once the current one is confirmed, and closes every other session
     * in the same transaction: whoever knew the old password (or held a token obtained with it)
     * is out, and the device that made the change stays signed in.
     */
    async change(
      viewer: Viewer,
      currentPassword: string,
      newPassword: string,
    ): Promise<Result<{ closedSessions: number }, PasswordChangeError>> {
      if (newPassword.trim().toLowerCase() === viewer.username.toLowerCase()) {
        return err({ kind: 'invalid', message: MESSAGES.passwordIsUsername });
      }
      const check = await confirmation.check(viewer.accountId, currentPassword);
      switch (check.kind) {
        case 'wrong_password':
          return err({ kind: 'wrong_password' });
        case 'rate_limited':
          return err(check);
        case 'confirmed':
          break;
      }
      const hash = await hashPassword(newPassword, deps.scrypt ?? DEFAULT_SCRYPT);
      const closedSessions = await db.transaction().execute(async (trx) => {
        await updateUser(trx, viewer.accountId, { password_hash: hash });
        return revokeAllTokens(trx, viewer.accountId, clock.now().toISOString(), viewer.tokenId);
      });
      return ok({ closedSessions });
    },
  };
}
