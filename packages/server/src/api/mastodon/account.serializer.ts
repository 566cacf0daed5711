import type { Selectable } from 'kysely';
import type { AccountTable, UserTable } from '../../db/schema.ts';
import { pictureUrlOf } from '../../media/proxy-urls.ts';
import { plainTextToHtml } from './text-html.ts';

export type AccountRow = Selectable<AccountTable>;
export type UserRow = Selectable<UserTable>;

/** What serialisers need to know about the instance to build absolute URLs. */
export interface SerializerContext {
  publicUrl: string;
  /** A stored image's public address (disk route or S3 bucket); statuses with media need it. */
  mediaUrl?: (key: string) => string;
}

/** Served by the accounts routes; every account uses it until avatars can be uploaded. */
export const DEFAULT_AVATAR_PATH = '/avatars/default.svg';
export const DEFAULT_HEADER_PATH = '/avatars/header.svg';

export interface MastodonAccount {
  id: string;
  username: string;
  acct: string;
  display_name: string;
  locked: boolean;
  bot: boolean;
  discoverable: boolean;
  group: boolean;
  created_at: string;
  note: string;
  url: string;
  uri: string;
  avatar: string;
  avatar_static: string;
  header: string;
  header_static: string;
  followers_count: number;
  following_count: number;
  statuses_count: number;
  last_status_at: string | null;
  emojis: never[];
  fields: never[];
  empathie: { intention: string };
}

/**
 * An `accounts` row as Mastodon's Account entity. Mastodon rounds `created_at` down to midnight
 * (it only shows "joined on") and gives `last_status_at` as a bare date; clients rely on both.
 */
export function serializeAccount(row: AccountRow, ctx: SerializerContext): MastodonAccount {
  // A remote account's pictures come through our image proxy (it answers the default picture
  // when the account has none, or when its server's media are rejected): the web app's CSP
  // allows images from this origin only.
  const avatar = row.domain
    ? pictureUrlOf(ctx.publicUrl, row.id, 'avatar')
    : `${ctx.publicUrl}${DEFAULT_AVATAR_PATH}`;
  const header = row.domain
    ? pictureUrlOf(ctx.publicUrl, row.id, 'header')
    : `${ctx.publicUrl}${DEFAULT_HEADER_PATH}`;
  return {
    id: row.id,
    username: row.username,
    acct: row.domain ? `${row.username}@${row.domain}` : row.username,
    display_name: row.display_name,
    locked: row.locked === 1,
    bot: row.bot === 1,
    discoverable: row.discoverable === 1,
    group: false,
    created_at: `${row.created_at.slice(0, 10)}T00:00:00.000Z`,
    // A remote bio arrives as HTML, already cut to an allow-list (federation/remote-profile.ts).
    note: row.domain ? row.note : plainTextToHtml(row.note),
    url: row.url,
    uri: row.uri,
    avatar,
    avatar_static: avatar,
    header,
    header_static: header,
    followers_count: Number(row.followers_count),
    following_count: Number(row.following_count),
    statuses_count: Number(row.statuses_count),
    last_status_at: row.last_status_at ? row.last_status_at.slice(0, 10) : null,
    emojis: [],
    fields: [],
    empathie: { intention: row.intention },
  };
}

export interface MastodonCredentialAccount extends MastodonAccount {
  source: {
    note: string;
    privacy: string;
    sensitive: boolean;
    language: string | null;
    fields: never[];
    follow_requests_count: number;
  };
  role: { id: string; name: string; permissions: string; color: string; highlighted: boolean };
}

/** The signed-in person's own account: adds the editable `source` and their `role`. */
export function serializeCredentialAccount(
  row: AccountRow,
  user: UserRow,
  followRequestsCount: number,
  ctx: SerializerContext,
): MastodonCredentialAccount {
  const admin = user.role === 'admin';
  const moderator = user.role === 'moderator';
  return {
    ...serializeAccount(row, ctx),
    source: {
      note: row.note,
      privacy: user.default_visibility,
      sensitive: user.default_sensitive === 1,
      language: user.default_language,
      fields: [],
      follow_requests_count: followRequestsCount,
    },
    role: {
      // Mastodon's ids: -99 is "everyone", 2 is Moderator, 3 is Admin; permissions 1 is the
      // administrator bit, 1552 = manage_reports | manage_appeals | manage_users.
      id: admin ? '3' : moderator ? '2' : '-99',
      name: admin ? 'Admin' : moderator ? 'Moderator' : '',
      permissions: admin ? '1' : moderator ? '1552' : '0',
      color: '',
      highlighted: admin || moderator,
    },
  };
}
