import type { Kysely } from 'kysely';
import {
  type AccountRow,
  type MastodonAccount,
  type SerializerContext,
  serializeAccount,
} from '../api/mastodon/account.serializer.ts';
import type { Database } from '../db/schema.ts';
import type { ReportRow } from '../reports/reports.repository.ts';
import { type AccountModerationRow, accountModerationMany } from './moderation.repository.ts';

/** Mastodon's Admin::Account: the account with what moderators see of its person and state. */
export interface AdminAccount {
  id: string;
  username: string;
  domain: string | null;
  created_at: string;
  email: string;
  ip: string | null;
  ips: never[];
  locale: string;
  invite_request: string | null;
  role: { id: string; name: string; permissions: string; color: string; highlighted: boolean };
  confirmed: boolean;
  approved: boolean;
  disabled: boolean;
  silenced: boolean;
  suspended: boolean;
  sensitized: boolean;
  account: MastodonAccount;
  created_by_application_id: null;
  invited_by_account_id: null;
  /** Empathie: reports of this person come first (DSA Art. 22). */
  trusted_flagger: boolean;
}

const ROLES = new Map([
  ['admin', { id: '3', name: 'Admin', permissions: '1' }],
  ['moderator', { id: '2', name: 'Moderator', permissions: '1552' }],
]);

/** Loads and serialises admin accounts in one pass per table. */
export async function adminAccounts(
  db: Kysely<Database>,
  ids: readonly string[],
  ctx: SerializerContext,
): Promise<Map<string, AdminAccount>> {
  const out = new Map<string, AdminAccount>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const [accounts, users, moderation] = await Promise.all([
    db.selectFrom('accounts').selectAll().where('id', 'in', unique).execute(),
    db
      .selectFrom('users')
      .select(['account_id', 'email', 'role', 'approved', 'ui_language', 'sign_up_reason'])
      .where('account_id', 'in', unique)
      .execute(),
    accountModerationMany(db, unique),
  ]);
  const userOf = new Map(users.map((u) => [u.account_id, u]));
  for (const a of accounts) {
    out.set(a.id, serializeAdminAccount(a, userOf.get(a.id), moderation.get(a.id), ctx));
  }
  return out;
}

function serializeAdminAccount(
  a: AccountRow,
  user:
    | {
        email: string;
        role: string;
        approved: number;
        ui_language: string;
        sign_up_reason: string | null;
      }
    | undefined,
  m: AccountModerationRow | undefined,
  ctx: SerializerContext,
): AdminAccount {
  const role = ROLES.get(user?.role ?? '') ?? { id: '-99', name: '', permissions: '0' };
  return {
    id: a.id,
    username: a.username,
    domain: a.domain,
    created_at: a.created_at,
    email: user?.email ?? '',
    ip: null,
    ips: [],
    locale: user?.ui_language ?? 'en',
    invite_request: user?.sign_up_reason ?? null,
    role: { ...role, color: '', highlighted: role.id !== '-99' },
    confirmed: true,
    approved: user ? user.approved === 1 : true,
    disabled: Boolean(m?.disabled_at),
    silenced: Boolean(m?.limited_at),
    suspended: Boolean(m?.suspended_at) || a.deleted_at !== null,
    sensitized: false,
    account: serializeAccount(a, ctx),
    created_by_application_id: null,
    invited_by_account_id: null,
    trusted_flagger: m?.trusted_flagger === 1,
  };
}

/** Mastodon's Report, as the reporter reads it, with what became of it. */
export function reportJson(r: ReportRow, target: MastodonAccount | null) {
  return {
    id: r.id,
    action_taken: r.state === 'resolved',
    action_taken_at: r.resolved_at ?? null,
    category: r.category,
    comment: r.comment,
    forwarded: r.forwarded === 1,
    created_at: r.created_at,
    status_ids: r.status_ids ? r.status_ids.split(',') : [],
    rule_ids: r.rule_ids ? r.rule_ids.split(',') : [],
    target_account: target,
    empathie: {
      reason: r.reason ?? null,
      state: r.state ?? 'open',
      /** What the moderators did: none, remove_post, mark_sensitive, limit, suspend, disable. */
      outcome: r.outcome ?? null,
    },
  };
}
