import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import { createRateLimiter, type RateLimit } from '../shared/rate-limiter.ts';
import { findUser } from './accounts.repository.ts';
import { verifyPassword } from './password.ts';

export type PasswordCheck =
  | { kind: 'confirmed'; passwordHash: string }
  | { kind: 'wrong_password' }
  | { kind: 'rate_limited'; retryAfterSeconds: number };

/** Wrong passwords allowed per account before sensitive actions pause. */
export const DEFAULT_CONFIRMATION_LIMIT: RateLimit = { max: 10, windowMs: 15 * 60_000 };

export type PasswordConfirmation = ReturnType<typeof createPasswordConfirmation>;

/**
 * The password a signed-in person types again before a sensitive action (changing the
 * password, deleting the account). A stolen token alone can do neither, and guessing the
 * password through these routes is throttled per account: the token's holder is the only one
 * who can reach them, so this cannot lock anyone else out.
 */
export function createPasswordConfirmation(deps: {
  db: Kysely<Database>;
  clock: Clock;
  limit?: RateLimit;
}) {
  const failures = createRateLimiter(deps.limit ?? DEFAULT_CONFIRMATION_LIMIT, deps.clock);
  return {
    async check(accountId: string, password: string): Promise<PasswordCheck> {
      const allowed = failures.check(accountId);
      if (!allowed.ok) return { kind: 'rate_limited', ...allowed };
      const user = await findUser(deps.db, accountId);
      if (!user || !(await verifyPassword(password, user.password_hash))) {
        failures.hit(accountId);
        return { kind: 'wrong_password' };
      }
      failures.reset(accountId);
      return { kind: 'confirmed', passwordHash: user.password_hash };
    },
  };
}
