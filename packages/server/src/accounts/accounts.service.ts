import type { Kysely } from 'kysely';
import { consumeInvite, findInviteByCode } from '../admin/invites.repository.ts';
import type { UserRow } from '../api/mastodon/account.serializer.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/schema.ts';
import { newToken } from '../http/auth.ts';
import type { Bilingual } from '../http/language.ts';
import type { InstanceSettingsStore } from '../instance/instance-settings.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { createRateLimiter, type RateLimit } from '../shared/rate-limiter.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { type FieldError, MESSAGES, type SignUpInput, signUpFieldErrors } from './account-rules.ts';
import {
  countLocalUsers,
  emailTaken,
  findUserByLogin,
  insertLocalAccount,
  localUsernameTaken,
} from './accounts.repository.ts';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams, verifyPassword } from './password.ts';
import { insertToken, revokeToken } from './tokens.repository.ts';

export interface AuthRateLimits {
  /** Sign-ups per client address. */
  signUpPerIp: RateLimit;
  /** Log-in attempts per client address. */
  logInPerIp: RateLimit;
  /** Failed log-ins per username or e-mail, whatever the address. */
  logInFailuresPerLogin: RateLimit;
}

export const DEFAULT_AUTH_RATE_LIMITS: AuthRateLimits = {
  signUpPerIp: { max: 15, windowMs: 60 * 60_000 },
  logInPerIp: { max: 30, windowMs: 5 * 60_000 },
  logInFailuresPerLogin: { max: 10, windowMs: 15 * 60_000 },
};

export interface AccountsDeps {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  events: EventBus;
  config: Config;
  settings: InstanceSettingsStore;
  rateLimits?: AuthRateLimits;
  scrypt?: ScryptParams;
}

export interface IssuedToken {
  accessToken: string;
  scope: string;
  createdAt: Date;
}

export type SignUpError =
  | { type: 'rate_limited'; retryAfterSeconds: number }
  | { type: 'invalid'; fields: FieldError[] };

export type LogInError =
  | { type: 'rate_limited'; retryAfterSeconds: number }
  | { type: 'invalid_grant'; message: Bilingual }
  | { type: 'approval_required' };

const SCOPES = 'read write follow push';

/**
 * The scopes a token is issued with: what the client asked for when every word is a Mastodon
 * scope (OAuth client libraries check that they got what they asked), else everything. Scopes are
 * recorded on the token; they are not enforced yet.
 */
export function grantedScopes(requested: string | undefined): string {
  const words = (requested ?? '').trim().split(/\s+/).filter(Boolean);
  const known = /^(read|write|follow|push|admin:(read|write))(:[a-z_]+)?$/;
  return words.length > 0 && words.every((w) => known.test(w)) ? words.join(' ') : SCOPES;
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

export type AccountsService = ReturnType<typeof createAccountsService>;

export function createAccountsService(deps: AccountsDeps) {
  const { db, clock, ids, events, config, settings } = deps;
  const limits = deps.rateLimits ?? DEFAULT_AUTH_RATE_LIMITS;
  const scryptParams = deps.scrypt ?? DEFAULT_SCRYPT;
  const signUpLimiter = createRateLimiter(limits.signUpPerIp, clock);
  const logInIpLimiter = createRateLimiter(limits.logInPerIp, clock);
  const logInFailureLimiter = createRateLimiter(limits.logInFailuresPerLogin, clock);
  // Unknown logins are checked against this hash, so a response time never tells whether an
  // account exists.
  let decoy: Promise<string> | null = null;

  async function issueToken(
    executor: Kysely<Database>,
    accountId: string,
    scope = SCOPES,
  ): Promise<IssuedToken> {
    const { token, hash } = newToken();
    const createdAt = clock.now();
    await insertToken(executor, {
      id: ids(),
      tokenHash: hash,
      accountId,
      scopes: scope,
      createdAt: createdAt.toISOString(),
    });
    return { accessToken: token, scope, createdAt };
  }

  return {
    /**
     * Creates a local account and its first token. The first account of the instance is its
     * admin; in approval mode the account waits (its token works once approved); in invite mode
     * a usable invite is consumed. All writes happen in one transaction.
     */
    async signUp(
      input: SignUpInput,
      client: { ip: string | null; language: 'fr' | 'en' },
    ): Promise<Result<IssuedToken & { accountId: string; approved: boolean }, SignUpError>> {
      if (client.ip) {
        const decision = signUpLimiter.hit(client.ip);
        if (!decision.ok) return err({ type: 'rate_limited', ...decision });
      }
      const fields = signUpFieldErrors(input);
      if (fields.length > 0) return err({ type: 'invalid', fields });
      const passwordHash = await hashPassword(input.password, scryptParams);
      const { registrationMode } = await settings.get();
      const nowIso = clock.now().toISOString();
      const usernameKey = input.username.toLowerCase();
      const emailKey = input.email.toLowerCase();

      const outcome = await db
        .transaction()
        .execute(async (trx) => {
          const problems: FieldError[] = [];
          if (await localUsernameTaken(trx, usernameKey)) {
            problems.push({ field: 'username', message: MESSAGES.usernameTaken });
          }
          if (await emailTaken(trx, emailKey)) {
            problems.push({ field: 'email', message: MESSAGES.emailTaken });
          }
          const first = (await countLocalUsers(trx)) === 0;
          let inviteId: string | null = null;
          // The very first person sets the instance up: no invite nor approval for them.
          if (!first && registrationMode === 'invite') {
            const invite = input.invite_code
              ? await findInviteByCode(trx, input.invite_code)
              : undefined;
            if (!input.invite_code) {
              problems.push({ field: 'invite_code', message: MESSAGES.inviteNeeded });
            } else if (!invite || !(await consumeInvite(trx, invite.id, nowIso))) {
              problems.push({ field: 'invite_code', message: MESSAGES.inviteInvalid });
            } else {
              inviteId = invite.id;
            }
          }
          if (problems.length > 0) return err(problems);
          const approved = first || registrationMode !== 'approval';
          const accountId = ids();
          await insertLocalAccount(
            trx,
            {
              id: accountId,
              username: input.username,
              username_key: usernameKey,
              domain: null,
              uri: `${config.publicUrl}/users/${input.username}`,
              url: `${config.publicUrl}/@${input.username}`,
              display_name: '',
              note: '',
              intention: '',
              locked: 0,
              bot: 0,
              discoverable: 1,
              followers_count: 0,
              following_count: 0,
              statuses_count: 0,
              last_status_at: null,
              inbox_url: null,
              shared_inbox_url: null,
              public_key_pem: null,
              created_at: nowIso,
              updated_at: nowIso,
            },
            {
              account_id: accountId,
              email: input.email,
              email_key: emailKey,
              password_hash: passwordHash,
              role: first ? 'admin' : 'user',
              approved: approved ? 1 : 0,
              sign_up_reason: input.reason ?? null,
              invite_id: inviteId,
              default_visibility: 'public',
              default_language: null,
              default_sensitive: 0,
              ui_language: input.locale?.toLowerCase().startsWith('fr')
                ? 'fr'
                : input.locale?.toLowerCase().startsWith('en')
                  ? 'en'
                  : client.language,
              created_at: nowIso,
            },
          );
          const token = await issueToken(trx, accountId);
          return ok({ ...token, accountId, approved });
        })
        .catch(async (error: unknown) => {
          // Two sign-ups for the same name at the same instant: the unique index decides.
          if (!isUniqueViolation(error)) throw error;
          const emailLost = await emailTaken(db, emailKey);
          return err([
            emailLost
              ? { field: 'email', message: MESSAGES.emailTaken }
              : { field: 'username', message: MESSAGES.usernameTaken },
          ]);
        });
      if (!outcome.ok) return err({ type: 'invalid', fields: outcome.error });
      await events.publish({ type: 'account.created', accountId: outcome.value.accountId });
      return outcome;
    },

    /** Password log-in with a username or an e-mail; never says which part was wrong. */
    async logIn(
      login: string,
      password: string,
      client: { ip: string | null; scope?: string | undefined },
    ): Promise<Result<IssuedToken, LogInError>> {
      const loginKey = login.trim().toLowerCase();
      if (client.ip) {
        const decision = logInIpLimiter.hit(client.ip);
        if (!decision.ok) return err({ type: 'rate_limited', ...decision });
      }
      const failures = logInFailureLimiter.check(loginKey);
      if (!failures.ok) return err({ type: 'rate_limited', ...failures });

      const user: (UserRow & { username: string }) | undefined = await findUserByLogin(
        db,
        loginKey,
      );
      decoy ??= hashPassword('decoy password, never valid', scryptParams);
      const valid = await verifyPassword(password, user ? user.password_hash : await decoy);
      if (!user || !valid) {
        logInFailureLimiter.hit(loginKey);
        return err({ type: 'invalid_grant', message: MESSAGES.invalidGrant });
      }
      if (user.approved !== 1) return err({ type: 'approval_required' });
      logInFailureLimiter.reset(loginKey);
      return ok(await issueToken(db, user.account_id, grantedScopes(client.scope)));
    },

    /** Log-out: revokes the token (unknown or already revoked tokens are fine, like OAuth says). */
    async revoke(token: string, hash: string): Promise<void> {
      if (token) await revokeToken(db, hash, clock.now().toISOString());
    },
  };
}
