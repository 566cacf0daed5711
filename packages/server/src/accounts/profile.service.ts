import type { Kysely } from 'kysely';
import type { AccountRow, UserRow } from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { OutboundRecorder } from '../federation/outbound-events.ts';
import { isBlockedBy as isBlockedByRule } from '../policy/relations.sql.ts';
import { searchAccounts } from '../search/search.repository.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import {
  findAccountById,
  findUser,
  findVisibleAccountByAcct,
  findVisibleAccountById,
  updateAccount,
  updateUser,
} from './accounts.repository.ts';

export interface ProfileChanges {
  display_name?: string | undefined;
  note?: string | undefined;
  locked?: boolean | undefined;
  bot?: boolean | undefined;
  discoverable?: boolean | undefined;
  source?:
    | {
        privacy?: 'public' | 'unlisted' | 'private' | 'direct' | undefined;
        language?: string | undefined;
        sensitive?: boolean | undefined;
      }
    | undefined;
}

export interface Preferences {
  ui_language: 'fr' | 'en';
}

const bit = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);

function withoutUndefined<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

export type ProfileService = ReturnType<typeof createProfileService>;

/** Reading and editing profiles: what a person says about themselves and how they use the app. */
export function createProfileService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  events: EventBus;
  localDomain: string;
  /** Records what other servers must hear of (an `Update` of the actor), in the transaction. */
  outbound?: OutboundRecorder;
}) {
  const { db, clock, events } = deps;
  const outbound: OutboundRecorder = deps.outbound ?? (async () => {});

  const isBlockedBy = (viewerId: string | null, accountId: string) =>
    isBlockedByRule(db, viewerId, accountId);

  /** The signed-in person's account, user row and pending follow-request count. */
  async function credentials(accountId: string) {
    const account = await findAccountById(db, accountId);
    const user = await findUser(db, accountId);
    if (!account || !user) throw new Error(`signed-in account ${accountId} has no user row`);
    const requests = await db
      .selectFrom('follow_requests')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('target_account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return { account, user, followRequestsCount: Number(requests.n) };
  }

  async function preferences(accountId: string): Promise<Preferences & { user: UserRow }> {
    const user = await findUser(db, accountId);
    if (!user) throw new Error(`signed-in account ${accountId} has no user row`);
    return { ui_language: user.ui_language === 'fr' ? 'fr' : 'en', user };
  }

  return {
    /** The account as `viewerId` may see it: absent when it blocks them (no existence leak). */
    async visibleAccount(viewerId: string | null, id: string): Promise<AccountRow | undefined> {
      const account = await findVisibleAccountById(db, id);
      if (!account || (await isBlockedBy(viewerId, account.id))) return undefined;
      return account;
    },

    /** Accounts whose username or display name starts with `q` (mention autocomplete). */
    search(viewerId: string | null, q: string, limit: number, offset: number) {
      return searchAccounts(db, q.replace(/^@/, '').split('@')[0] ?? '', viewerId, limit, offset);
    },

    /** `user`, `@user`, `user@domain`; our own domain means a local account. */
    async lookup(viewerId: string | null, acct: string): Promise<AccountRow | undefined> {
      const [username = '', domain] = acct.replace(/^@/, '').split('@');
      const local = !domain || domain.toLowerCase() === deps.localDomain.toLowerCase();
      const account = await findVisibleAccountByAcct(
        db,
        username.toLowerCase(),
        local ? null : domain.toLowerCase(),
      );
      if (!account || (await isBlockedBy(viewerId, account.id))) return undefined;
      return account;
    },

    credentials,

    async updateCredentials(accountId: string, changes: ProfileChanges) {
      const now = clock.now().toISOString();
      const accountChanges = withoutUndefined({
        display_name: changes.display_name,
        note: changes.note,
        locked: bit(changes.locked),
        bot: bit(changes.bot),
        discoverable: bit(changes.discoverable),
      });
      const userChanges = withoutUndefined({
        default_visibility: changes.source?.privacy,
        default_language: changes.source?.language,
        default_sensitive: bit(changes.source?.sensitive),
      });
      await db.transaction().execute(async (trx) => {
        await updateAccount(trx, accountId, { ...accountChanges, updated_at: now });
        await updateUser(trx, accountId, userChanges);
        await outbound(trx, { type: 'account.updated', accountId });
      });
      await events.publish({ type: 'account.updated', accountId });
      return credentials(accountId);
    },

    async setIntention(accountId: string, intention: string): Promise<string> {
      const value = intention.trim();
      await db.transaction().execute(async (trx) => {
        await updateAccount(trx, accountId, {
          intention: value,
          updated_at: clock.now().toISOString(),
        });
        // The intention is part of the actor others show: they hear of it.
        await outbound(trx, { type: 'account.updated', accountId });
      });
      await events.publish({ type: 'account.updated', accountId });
      return value;
    },

    preferences,

    async updatePreferences(accountId: string, changes: Partial<Preferences>) {
      await updateUser(db, accountId, withoutUndefined({ ui_language: changes.ui_language }));
      return preferences(accountId);
    },
  };
}
