import type { Kysely } from 'kysely';
import { consumeInvite, findInviteByCode } from '../admin/invites.repository.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/schema.ts';
import { localUris } from '../federation/uri.ts';
import { newToken } from '../http/auth.ts';
import type { Bilingual } from '../http/language.ts';
import { isKnownScope } from '../http/scopes.ts';
import type { InstanceSettingsStore } from '../instance/instance-settings.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { createRateLimiter, type RateLimit } from '../shared/rate-limiter.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { type FieldError, MESSAGES, type SignUpInput, signUpFieldErrors } from './account-rules.ts';
import { countLocalUsers, insertLocalAccount, localUsernameTaken } from './accounts.repository.ts';
import { findLoginCandidates, type LoginCandidate } from './log-in.repository.ts';
import {
  createLoginThrottle,
  DEFAULT_LOGIN_THROTTLE,
  type LoginThrottlePolicy,
} from './login-throttle.ts';
import { DEFAULT_SCRYPT, hashPassword, type ScryptParams, verifyPassword } from './password.ts';
import { recordRuleAcceptance } from './rule-acceptance.repository.ts';
import { insertToken, revokeToken } from './tokens.repository.ts';

export interface AuthRateLimits {
  /** Sign-ups per client address. */
  signUpPerIp: RateLimit;
  /** How failed log-ins slow down the address they come from (never the account's owner). */
  logIn: LoginThrottlePolicy;
}

export const DEFAULT_AUTH_RATE_LIMITS: AuthRateLimits = {
  signUpPerIp: { max: 15, windowMs: 60 * 60_000 },
  logIn: DEFAULT_LOGIN_THROTTLE,
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
  /** The name of the registered app with this `client_id`, to label the token (sessions list). */
  appNameOf?: (clientId: string | undefined) => Promise<string | null>;
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
  | { type: 'approval_required' }
  // A moderator suspended or disabled the account (ADR 0014).
  | { type: 'account_suspended' };

/** What a token gets when its client asks for nothing precise (the web app, first-party). */
const SCOPES = 'read write follow push';
/** The same for an admin: the admin routes ask for admin scopes as well as the admin role. */
const ADMIN_SCOPES = `${SCOPES} admin:read admin:write`;

/**
 * The scopes a token is issued with: what the client asked for when every word is a Mastodon
 * scope (OAuth client libraries check that they got what they asked), else `fallback`. The
 * authentication middleware enforces them on every API route (http/scopes.ts).
 */
export function grantedScopes(requested: string | undefined, fallback = SCOPES): string {
  const words = (requested ?? '').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every(isKnownScope) ? [...new Set(words)].join(' ') : fallback;
}

/** A sign-up refused inside its transaction: thrown so that the transaction rolls back. */
class SignUpRefusedError extends Error {
  constructor(readonly field: FieldError) {
    super(`sign-up refused: ${field.field}`);
  }
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
  const logInThrottle = createLoginThrottle(limits.logIn, clock);
  // Unknown logins are checked against this hash, so a response time never tells whether an
  // account exists.
  let decoy: Promise<string> | null = null;

  async function issueToken(
    executor: Kysely<Database>,
    accountId: string,
    scope = SCOPES,
    appName: string | null = null,
    clientId: string | null = null,
  ): Promise<IssuedToken> {
    const { token, hash } = newToken();
    const createdAt = clock.now();
    await insertToken(executor, {
      id: ids(),
      tokenHash: hash,
      accountId,
      scopes: scope,
      createdAt: createdAt.toISOString(),
      appName,
      clientId,
    });
    return { accessToken: token, scope, createdAt };
  }

  return {
    /**
     * Creates a local account and its first token. The first account of the instance is its
     * admin; in approval mode the account waits (its token works once approved); in invite mode
     * a usable invite is consumed. All writes happen in one transaction.
     *
     * What a refusal may tell (ADR 0006): the invite is checked before anything else, so without
     * a valid invite nobody learns whether a name is taken; a username is public, so it is said
     * once the invite is valid (or the instance open); an e-mail address is never said to be in
     * use, because addresses are not unique: a second account may give the same address, and
     * log-in by e-mail tries each account that gave it.
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
      const { registrationMode, botsMustDeclare } = await settings.get();
      const nowIso = clock.now().toISOString();
      const usernameKey = input.username.toLowerCase();
      const emailKey = input.email.toLowerCase();
      const refuse = (field: string, message: FieldError['message']) => {
        // Thrown, not returned, so the transaction rolls back an invite use already counted.
        throw new SignUpRefusedError({ field, message });
      };

      const outcome = await db
        .transaction()
        .execute(async (trx) => {
          const first = (await countLocalUsers(trx)) === 0;
          let inviteId: string | null = null;
          // The very first person sets the instance up: no invite nor approval for them.
          if (!first && registrationMode === 'invite') {
            if (!input.invite_code) refuse('invite_code', MESSAGES.inviteNeeded);
            const invite = await findInviteByCode(trx, input.invite_code ?? '');
            if (!invite || !(await consumeInvite(trx, invite.id, nowIso))) {
              refuse('invite_code', MESSAGES.inviteInvalid);
            }
            inviteId = invite?.id ?? null;
          }
          if (await localUsernameTaken(trx, usernameKey)) {
            refuse('username', MESSAGES.usernameTaken);
          }
          const approved = first || registrationMode !== 'approval';
          const accountId = ids();
          await insertLocalAccount(
            trx,
            {
              id: accountId,
              username: input.username,
              username_key: usernameKey,
              domain: null,
              uri: localUris(config.publicUrl).actor(input.username),
              url: localUris(config.publicUrl).profile(input.username),
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
          const accepted = await recordRuleAcceptance(trx, {
            accountId,
            shown: input.rule_ids,
            botsMustDeclare,
            at: nowIso,
          });
          if (accepted.kind === 'rules_changed') refuse('rule_ids', MESSAGES.rulesChanged);
          const token = await issueToken(trx, accountId, first ? ADMIN_SCOPES : SCOPES);
          return ok({ ...token, accountId, approved });
        })
        .catch((error: unknown) => {
          if (error instanceof SignUpRefusedError) return err([error.field]);
          // Two sign-ups for the same name at the same instant: the unique index decides.
          if (isUniqueViolation(error)) {
            return err([{ field: 'username', message: MESSAGES.usernameTaken }]);
          }
          throw error;
        });
      if (!outcome.ok) return err({ type: 'invalid', fields: outcome.error });
      await events.publish({ type: 'account.created', accountId: outcome.value.accountId });
      return outcome;
    },

    /**
     * Password log-in with a username or an e-mail; never says which part was wrong. Failures
     * slow down the address they come from (per login and per address), never the account
     * itself, so nobody can lock its owner out (ADR 0006).
     */
    async logIn(
      login: string,
      password: string,
      client: { ip: string | null; scope?: string | undefined; clientId?: string | undefined },
    ): Promise<Result<IssuedToken, LogInError>> {
      const loginKey = login.trim().toLowerCase();
      const allowed = logInThrottle.check(loginKey, client.ip);
      if (!allowed.ok) return err({ type: 'rate_limited', ...allowed });

      const candidates = await findLoginCandidates(db, loginKey);
      decoy ??= hashPassword('decoy password, never valid', scryptParams);
      let user: LoginCandidate | undefined;
      if (candidates.length === 0) await verifyPassword(password, await decoy);
      for (const candidate of candidates) {
        if (await verifyPassword(password, candidate.password_hash)) {
          user = candidate;
          break;
        }
      }
      if (!user) {
        logInThrottle.failed(loginKey, client.ip);
        return err({ type: 'invalid_grant', message: MESSAGES.invalidGrant });
      }
      if (user.approved !== 1) return err({ type: 'approval_required' });
      if (user.suspended_at || user.disabled_at) return err({ type: 'account_suspended' });
      logInThrottle.succeeded(loginKey, client.ip);
      // Moderators need the admin scopes too: the moderation routes check the role besides.
      const scope = grantedScopes(client.scope, user.role === 'user' ? SCOPES : ADMIN_SCOPES);
      const appName = (await deps.appNameOf?.(client.clientId)) ?? null;
      // The client_id is kept only for a registered app, so `apps/verify_credentials` finds it.
      return ok(
        await issueToken(
          db,
          user.account_id,
          scope,
          appName,
          appName ? (client.clientId ?? null) : null,
        ),
      );
    },

    /** Log-out: revokes the token (unknown or already revoked tokens are fine, like OAuth says). */
    async revoke(token: string, hash: string): Promise<void> {
      if (token) await revokeToken(db, hash, clock.now().toISOString());
    },
  };
}
