/**
 * OAuth scopes at Mastodon's granularity (docs.joinmastodon.org/api/oauth-scopes). Every API
 * route declares here what it needs, in one table that a test holds against every route the
 * app mounts and every route of the OpenAPI document; a mounted route missing from the table is
 * refused at run time (fail closed) and fails that test. The admin routes need admin scopes as
 * well as the admin role (checked by the handlers).
 *
 * One table rather than a middleware beside each route: the route modules belong to many
 * domains, and a single page a reviewer can read top to bottom is the better audit (ADR 0006).
 */

const READ = [
  'accounts',
  'blocks',
  'bookmarks',
  'favourites',
  'filters',
  'follows',
  'lists',
  'mutes',
  'notifications',
  'reports',
  'search',
  'statuses',
] as const;
const WRITE = [
  'accounts',
  'blocks',
  'bookmarks',
  'conversations',
  'favourites',
  'filters',
  'follows',
  'lists',
  'media',
  'mutes',
  'notifications',
  'reports',
  'statuses',
] as const;
const ADMIN = [
  'accounts',
  'reports',
  'domain_allows',
  'domain_blocks',
  'ip_blocks',
  'email_domain_blocks',
  'canonical_email_blocks',
] as const;

/**
 * A scope a route may require: a granular one, or an umbrella where a route spans every family
 * (the data export) or is Empathie's own instance setting (`admin:read`, `admin:write`).
 */
export type Scope =
  | `read:${(typeof READ)[number]}`
  | `write:${(typeof WRITE)[number]}`
  | `admin:read:${(typeof ADMIN)[number]}`
  | `admin:write:${(typeof ADMIN)[number]}`
  | 'admin:read'
  | 'admin:write'
  | 'read'
  | 'write'
  | 'profile'
  | 'push';

/** Every scope word a token may be issued with. */
const KNOWN_SCOPES: ReadonlySet<string> = new Set([
  'read',
  'write',
  'follow',
  'push',
  'profile',
  'admin:read',
  'admin:write',
  ...READ.map((s) => `read:${s}`),
  ...WRITE.map((s) => `write:${s}`),
  ...ADMIN.flatMap((s) => [`admin:read:${s}`, `admin:write:${s}`]),
]);

export function isKnownScope(word: string): boolean {
  return KNOWN_SCOPES.has(word);
}

/** The older `follow` scope still grants what it granted before the granular ones. */
const COVERED_BY_FOLLOW: ReadonlySet<string> = new Set([
  'read:blocks',
  'write:blocks',
  'read:follows',
  'write:follows',
  'read:mutes',
  'write:mutes',
]);

const UMBRELLAS: ReadonlySet<string> = new Set(['read', 'write', 'admin:read', 'admin:write']);

/** Whether one granted scope word grants `needed`: itself, its umbrella, or `follow`'s share. */
function grants(granted: string, needed: Scope): boolean {
  if (granted === needed) return true;
  if (granted === 'follow') return COVERED_BY_FOLLOW.has(needed);
  // `read` → `read:…`, `write` → `write:…`, `admin:read` → `admin:read:…`: `read` never
  // reaches `admin:read:…`, whose words do not start with `read:`.
  return UMBRELLAS.has(granted) && needed.startsWith(`${granted}:`);
}

/** What a route needs from a bearer token: any one of these scopes, or none (`public`). */
export type RouteScope = { anyOf: readonly Scope[] } | 'public';

const need = (...anyOf: Scope[]): RouteScope => ({ anyOf });
/** Routes anybody may call, and a token adds nothing to check (instance information, OAuth). */
const PUBLIC: RouteScope = 'public';

/**
 * Method and route pattern (as mounted, without a parameter's `{regex}`) → required scope.
 * Mastodon's own choices where the route is Mastodon's; Empathie's routes follow the same logic:
 * personal settings are the account's, drafts and the coach's notes are statuses, instance
 * settings are admin.
 */
// lookup-safe: keys are written here; requests look routes up in ROUTE_SCOPES, a Map
const TABLE: Record<string, RouteScope> = {
  // Accounts and authentication
  'POST /api/v1/accounts': need('write:accounts'),
  'POST /api/v1/apps': PUBLIC,
  'POST /oauth/token': PUBLIC,
  'POST /oauth/revoke': PUBLIC,
  // OAuth's authorization-code flow: the consent page, what it shows, and the person's answer
  // (which the handler accepts from the web app's session cookie only).
  'GET /oauth/authorize': PUBLIC,
  'GET /api/empathie/v1/oauth/authorization': PUBLIC,
  'POST /api/empathie/v1/oauth/authorization': need('write:accounts'),
  'GET /api/v1/apps/verify_credentials': PUBLIC,
  'GET /api/v1/accounts/verify_credentials': need('read:accounts', 'profile'),
  'PATCH /api/v1/accounts/update_credentials': need('write:accounts'),
  'GET /api/v1/accounts/lookup': need('read:accounts'),
  'GET /api/v1/accounts/search': need('read:accounts'),
  'GET /api/v1/directory': PUBLIC,
  'GET /api/v1/accounts/:id': need('read:accounts'),
  'GET /api/v1/accounts/:id/statuses': need('read:statuses'),
  'GET /api/v1/accounts/:id/followers': need('read:accounts'),
  'GET /api/v1/accounts/:id/following': need('read:accounts'),
  'GET /api/v1/accounts/relationships': need('read:follows'),
  'GET /api/v1/preferences': need('read:accounts'),
  'GET /api/empathie/v1/accounts/:id/intention': need('read:accounts'),
  'PUT /api/empathie/v1/intention': need('write:accounts'),
  'GET /api/empathie/v1/preferences': need('read:accounts'),
  'PATCH /api/empathie/v1/preferences': need('write:accounts'),
  'POST /api/empathie/v1/invites': need('write:accounts'),
  // The web app's cookie session wraps a token it already holds; leaving needs no scope.
  'POST /api/empathie/v1/web_session': PUBLIC,
  'DELETE /api/empathie/v1/web_session': PUBLIC,
  // One's own data: the export holds every family (posts, follows, blocks…), so it needs all
  // of `read`; changing the password and deleting the account also ask for the password.
  'GET /api/empathie/v1/account/export': need('read'),
  'POST /api/empathie/v1/account/password': need('write:accounts'),
  'GET /api/empathie/v1/account/sessions': need('read:accounts'),
  'DELETE /api/empathie/v1/account/sessions/:id': need('write:accounts'),
  'POST /api/empathie/v1/account/sessions/revoke_all': need('write:accounts'),
  'POST /api/empathie/v1/account/deletion': need('write:accounts'),
  'GET /api/empathie/v1/invites': need('read:accounts'),
  'DELETE /api/empathie/v1/invites/:id': need('write:accounts'),
  // Relationships
  'POST /api/v1/accounts/:id/follow': need('write:follows'),
  'POST /api/v1/accounts/:id/unfollow': need('write:follows'),
  'POST /api/v1/accounts/:id/block': need('write:blocks'),
  'POST /api/v1/accounts/:id/unblock': need('write:blocks'),
  'POST /api/v1/accounts/:id/mute': need('write:mutes'),
  'POST /api/v1/accounts/:id/unmute': need('write:mutes'),
  'GET /api/v1/follow_requests': need('read:follows'),
  'POST /api/v1/follow_requests/:id/authorize': need('write:follows'),
  'POST /api/v1/follow_requests/:id/reject': need('write:follows'),
  'GET /api/v1/blocks': need('read:blocks'),
  // Domains a person blocks for themselves (Mastodon: the blocks scopes)
  'GET /api/v1/domain_blocks': need('read:blocks'),
  'POST /api/v1/domain_blocks': need('write:blocks'),
  'DELETE /api/v1/domain_blocks': need('write:blocks'),
  'GET /api/v1/mutes': need('read:mutes'),
  // Statuses
  'POST /api/v1/statuses': need('write:statuses'),
  'POST /api/v1/media': need('write:media'),
  'POST /api/v2/media': need('write:media'),
  'GET /api/v1/media/:id': need('write:media'),
  'PUT /api/v1/media/:id': need('write:media'),
  'GET /api/v1/statuses': need('read:statuses'),
  'GET /api/v1/statuses/:id': need('read:statuses'),
  'PUT /api/v1/statuses/:id': need('write:statuses'),
  'DELETE /api/v1/statuses/:id': need('write:statuses'),
  'GET /api/v1/statuses/:id/context': need('read:statuses'),
  'GET /api/v1/statuses/:id/history': need('read:statuses'),
  'GET /api/v1/statuses/:id/source': need('read:statuses'),
  'GET /api/v1/statuses/:id/favourited_by': need('read:accounts'),
  'GET /api/v1/statuses/:id/reblogged_by': need('read:accounts'),
  'POST /api/v1/statuses/:id/favourite': need('write:favourites'),
  'POST /api/v1/statuses/:id/unfavourite': need('write:favourites'),
  'GET /api/v1/favourites': need('read:favourites'),
  'POST /api/v1/statuses/:id/bookmark': need('write:bookmarks'),
  'POST /api/v1/statuses/:id/unbookmark': need('write:bookmarks'),
  'GET /api/v1/bookmarks': need('read:bookmarks'),
  'GET /api/v1/lists': need('read:lists'),
  'POST /api/v1/lists': need('write:lists'),
  'GET /api/v1/lists/:id': need('read:lists'),
  'PUT /api/v1/lists/:id': need('write:lists'),
  'DELETE /api/v1/lists/:id': need('write:lists'),
  'GET /api/v1/lists/:id/accounts': need('read:lists'),
  'POST /api/v1/lists/:id/accounts': need('write:lists'),
  'DELETE /api/v1/lists/:id/accounts': need('write:lists'),
  'GET /api/v1/timelines/list/:list_id': need('read:lists'),
  'GET /api/v1/accounts/:id/lists': need('read:lists'),
  'POST /api/v1/statuses/:id/pin': need('write:accounts'),
  'POST /api/v1/statuses/:id/unpin': need('write:accounts'),
  'POST /api/v1/statuses/:id/reblog': need('write:statuses'),
  'POST /api/v1/statuses/:id/unreblog': need('write:statuses'),
  'GET /api/v1/scheduled_statuses': need('read:statuses'),
  'GET /api/v1/scheduled_statuses/:id': need('read:statuses'),
  'PUT /api/v1/scheduled_statuses/:id': need('write:statuses'),
  'DELETE /api/v1/scheduled_statuses/:id': need('write:statuses'),
  'PUT /api/empathie/v1/scheduled_statuses/:id': need('write:statuses'),
  'GET /api/empathie/v1/drafts': need('read:statuses'),
  'POST /api/empathie/v1/drafts': need('write:statuses'),
  'GET /api/empathie/v1/drafts/:id': need('read:statuses'),
  'PUT /api/empathie/v1/drafts/:id': need('write:statuses'),
  'DELETE /api/empathie/v1/drafts/:id': need('write:statuses'),
  // Timelines, tags, search, notifications, markers
  'GET /api/v1/timelines/home': need('read:statuses'),
  'GET /api/v1/timelines/public': need('read:statuses'),
  'GET /api/v1/timelines/tag/:tag': need('read:statuses'),
  'GET /api/v1/tags/:name': PUBLIC,
  // Polls, direct conversations, followed and featured hashtags (Mastodon's scopes)
  'GET /api/v1/polls/:id': need('read:statuses'),
  'POST /api/v1/polls/:id/votes': need('write:statuses'),
  'GET /api/v1/conversations': need('read:statuses'),
  'DELETE /api/v1/conversations/:id': need('write:conversations'),
  'POST /api/v1/conversations/:id/read': need('write:conversations'),
  'POST /api/v1/tags/:name/follow': need('write:follows'),
  'POST /api/v1/tags/:name/unfollow': need('write:follows'),
  'GET /api/v1/followed_tags': need('read:follows'),
  'GET /api/v1/featured_tags': need('read:accounts'),
  'POST /api/v1/featured_tags': need('write:accounts'),
  'DELETE /api/v1/featured_tags/:id': need('write:accounts'),
  'GET /api/v1/featured_tags/suggestions': need('read:accounts'),
  'GET /api/v1/accounts/:id/featured_tags': PUBLIC,
  'GET /api/v2/search': need('read:search'),
  'GET /api/v1/notifications': need('read:notifications'),
  'GET /api/v1/notifications/:id': need('read:notifications'),
  'POST /api/v1/notifications/clear': need('write:notifications'),
  'POST /api/v1/notifications/:id/dismiss': need('write:notifications'),
  'GET /api/empathie/v1/reply_policy/default': need('read:accounts'),
  'PUT /api/empathie/v1/reply_policy/default': need('write:accounts'),
  // Strangers' notifications: the policy and the requests it fills
  'GET /api/v2/notifications/policy': need('read:notifications'),
  'PATCH /api/v2/notifications/policy': need('write:notifications'),
  'GET /api/v1/notifications/unread_count': need('read:notifications'),
  'GET /api/v2/notifications/unread_count': need('read:notifications'),
  'GET /api/v2/notifications/:group_key': need('read:notifications'),
  'GET /api/v2/notifications/:group_key/accounts': need('read:notifications'),
  'POST /api/v2/notifications/:group_key/dismiss': need('write:notifications'),
  'GET /api/v2/notifications': need('read:notifications'),
  'GET /api/v1/notifications/requests': need('read:notifications'),
  'GET /api/v1/notifications/requests/:id': need('read:notifications'),
  'POST /api/v1/notifications/requests/:id/accept': need('write:notifications'),
  'POST /api/v1/notifications/requests/:id/dismiss': need('write:notifications'),
  'POST /api/v1/notifications/requests/accept': need('write:notifications'),
  'POST /api/v1/notifications/requests/dismiss': need('write:notifications'),
  // Keyword filters (Mastodon's v2)
  'GET /api/v2/filters': need('read:filters'),
  'POST /api/v2/filters': need('write:filters'),
  'GET /api/v2/filters/:id': need('read:filters'),
  'PUT /api/v2/filters/:id': need('write:filters'),
  'DELETE /api/v2/filters/:id': need('write:filters'),
  'GET /api/v2/filters/:id/keywords': need('read:filters'),
  'POST /api/v2/filters/:id/keywords': need('write:filters'),
  'GET /api/v2/filters/keywords/:id': need('read:filters'),
  'PUT /api/v2/filters/keywords/:id': need('write:filters'),
  'DELETE /api/v2/filters/keywords/:id': need('write:filters'),
  'GET /api/v2/filter_keywords/:id': need('read:filters'),
  'PUT /api/v2/filter_keywords/:id': need('write:filters'),
  'DELETE /api/v2/filter_keywords/:id': need('write:filters'),
  'GET /api/v2/filters/:id/statuses': need('read:filters'),
  'POST /api/v2/filters/:id/statuses': need('write:filters'),
  'GET /api/v2/filters/statuses/:id': need('read:filters'),
  'DELETE /api/v2/filters/statuses/:id': need('write:filters'),
  // Shared block lists: blocks, so Mastodon's blocks scopes
  'GET /api/empathie/v1/block_lists': need('read:blocks'),
  'POST /api/empathie/v1/block_lists': need('write:blocks'),
  'GET /api/empathie/v1/block_lists/subscriptions': need('read:blocks'),
  'GET /api/empathie/v1/block_lists/:id': need('read:blocks'),
  'PUT /api/empathie/v1/block_lists/:id': need('write:blocks'),
  'DELETE /api/empathie/v1/block_lists/:id': need('write:blocks'),
  'GET /api/empathie/v1/block_lists/:id/accounts': need('read:blocks'),
  'POST /api/empathie/v1/block_lists/:id/accounts': need('write:blocks'),
  'DELETE /api/empathie/v1/block_lists/:id/accounts': need('write:blocks'),
  'POST /api/empathie/v1/block_lists/:id/subscribe': need('write:blocks'),
  'POST /api/empathie/v1/block_lists/:id/unsubscribe': need('write:blocks'),
  'GET /api/empathie/v1/block_lists/:id/export': need('read:blocks'),
  'POST /api/empathie/v1/block_lists/:id/import': need('write:blocks'),
  // Calls to action: statuses with volunteers; the publishing rule is an instance setting.
  'GET /api/empathie/v1/calls/settings': need('read:statuses'),
  'PUT /api/empathie/v1/calls/settings': need('admin:write'),
  'POST /api/empathie/v1/calls': need('write:statuses'),
  'GET /api/empathie/v1/calls': need('read:statuses'),
  'GET /api/empathie/v1/calls/:id': need('read:statuses'),
  'POST /api/empathie/v1/calls/:id/join': need('write:statuses'),
  'POST /api/empathie/v1/calls/:id/leave': need('write:statuses'),
  'POST /api/empathie/v1/calls/:id/updates': need('write:statuses'),
  'POST /api/empathie/v1/calls/:id/message': need('write:statuses'),
  'POST /api/empathie/v1/calls/:id/close': need('write:statuses'),
  'POST /api/empathie/v1/calls/:id/organisers': need('write:statuses'),
  'GET /api/empathie/v1/calls/:id/volunteers': need('read:statuses'),
  'GET /api/empathie/v1/calls/:id/volunteers.csv': need('read:statuses'),
  // Skills on profiles: the account's own information
  'GET /api/empathie/v1/profile/skills': need('read:accounts'),
  'PUT /api/empathie/v1/profile/skills': need('write:accounts'),
  'GET /api/empathie/v1/accounts/:id/skills': need('read:accounts'),
  // Support circles: kind messages to a person, so statuses' scopes
  'POST /api/empathie/v1/circles': need('write:statuses'),
  'GET /api/empathie/v1/circles': need('read:statuses'),
  'GET /api/empathie/v1/circles/:id': need('read:statuses'),
  'POST /api/empathie/v1/circles/:id/messages': need('write:statuses'),
  'GET /api/empathie/v1/circles/:id/messages': need('read:statuses'),
  'POST /api/empathie/v1/circles/:id/messages/:mid/thank': need('write:statuses'),
  'POST /api/empathie/v1/circles/:id/members': need('write:statuses'),
  'POST /api/empathie/v1/circles/:id/close': need('write:statuses'),
  // Spotlights are statuses; what a person gave is read from their account
  'POST /api/empathie/v1/spotlights': need('write:statuses'),
  'GET /api/empathie/v1/spotlights': need('read:statuses'),
  'POST /api/empathie/v1/spotlights/:id/accept': need('write:statuses'),
  'GET /api/empathie/v1/accounts/:id/spotlights': need('read:statuses'),
  'GET /api/empathie/v1/accounts/:id/giving': need('read:accounts'),
  'GET /api/v1/markers': need('read:statuses'),
  'POST /api/v1/markers': need('write:statuses'),
  // The coach
  'GET /api/empathie/v1/coach/settings': need('read:accounts'),
  'PATCH /api/empathie/v1/coach/settings': need('write:accounts'),
  'POST /api/empathie/v1/coach/outcomes': need('write:statuses'),
  'GET /api/empathie/v1/coach/me': need('read:statuses'),
  // Evidence dossiers: collected posts, so statuses; the export is a read
  'POST /api/empathie/v1/dossiers': need('write:statuses'),
  'GET /api/empathie/v1/dossiers': need('read:statuses'),
  'GET /api/empathie/v1/dossiers/:id': need('read:statuses'),
  'DELETE /api/empathie/v1/dossiers/:id': need('write:statuses'),
  'POST /api/empathie/v1/dossiers/:id/items': need('write:statuses'),
  'DELETE /api/empathie/v1/dossiers/:id/items/:item_id': need('write:statuses'),
  'GET /api/empathie/v1/dossiers/:id/export': need('read:statuses'),
  // The shield and allies: one's own defence settings are the account's; the held folder holds
  // statuses; reporting and blocking from it need what reporting and blocking need anywhere.
  'GET /api/empathie/v1/shield': need('read:accounts'),
  'PUT /api/empathie/v1/shield': need('write:accounts'),
  'GET /api/empathie/v1/shield/held': need('read:statuses'),
  'POST /api/empathie/v1/shield/held/:id/approve': need('write:statuses'),
  'POST /api/empathie/v1/shield/held/:id/hide': need('write:statuses'),
  'POST /api/empathie/v1/shield/held/:id/report': need('write:reports'),
  'POST /api/empathie/v1/shield/held/:id/block': need('write:blocks'),
  'POST /api/empathie/v1/allies': need('write:accounts'),
  'GET /api/empathie/v1/allies': need('read:accounts'),
  'GET /api/empathie/v1/allies/helping': need('read:accounts'),
  'GET /api/empathie/v1/allies/log': need('read:accounts'),
  'GET /api/empathie/v1/allies/log/summary': need('read:accounts'),
  'DELETE /api/empathie/v1/allies/:account_id': need('write:accounts'),
  'GET /api/empathie/v1/ally_invitations': need('read:accounts'),
  'POST /api/empathie/v1/ally_invitations/:id/accept': need('write:accounts'),
  'POST /api/empathie/v1/ally_invitations/:id/decline': need('write:accounts'),
  // Perspective keys (a person's own), instance information
  'POST /api/empathie/v1/perspective/keys': need('write:accounts'),
  'GET /api/empathie/v1/perspective/keys': need('read:accounts'),
  'DELETE /api/empathie/v1/perspective/keys/:id': need('write:accounts'),
  'GET /api/v1/instance': PUBLIC,
  // The WebSocket checks each stream's own scope (streaming/streams.ts); plain GETs carry nothing.
  'GET /api/v1/streaming': PUBLIC,
  'GET /api/v1/streaming/health': PUBLIC,
  'GET /api/v2/instance': PUBLIC,
  'GET /api/v1/custom_emojis': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  // The public key that verifies exported dossiers: anyone, for any dossier.
  'GET /api/empathie/v1/instance/dossier_key': PUBLIC,
  // Administration: admin scopes and the admin role
  'GET /api/empathie/v1/admin/settings': need('admin:read'),
  'PATCH /api/empathie/v1/admin/settings': need('admin:write'),
  'GET /api/empathie/v1/admin/pending_accounts': need('admin:read:accounts'),
  'POST /api/empathie/v1/admin/pending_accounts/:id/approve': need('admin:write:accounts'),
  'POST /api/empathie/v1/admin/pending_accounts/:id/reject': need('admin:write:accounts'),
  // The instance's domain blocks (silence, suspend), as Mastodon's admin API
  'GET /api/v1/admin/domain_blocks': need('admin:read:domain_blocks'),
  'GET /api/v1/admin/domain_blocks/:id': need('admin:read:domain_blocks'),
  'POST /api/v1/admin/domain_blocks': need('admin:write:domain_blocks'),
  'PUT /api/v1/admin/domain_blocks/:id': need('admin:write:domain_blocks'),
  'DELETE /api/v1/admin/domain_blocks/:id': need('admin:write:domain_blocks'),
  'GET /api/empathie/v1/admin/shield/settings': need('admin:read'),
  'PATCH /api/empathie/v1/admin/shield/settings': need('admin:write'),
  'GET /api/empathie/v1/admin/coach/settings': need('admin:read'),
  'PATCH /api/empathie/v1/admin/coach/settings': need('admin:write'),
  'GET /api/empathie/v1/admin/coach/stats': need('admin:read'),
  'GET /api/empathie/v1/admin/perspective': need('admin:read'),
  'PATCH /api/empathie/v1/admin/perspective': need('admin:write'),
  // Moderation (ADR 0014). Reports, notices from anyone, statements and appeals, the public
  // transparency report; the queue needs the admin scopes and the moderator or admin role;
  // roles, rules and the audit log need the admin role.
  'POST /api/v1/reports': need('write:reports'),
  'GET /api/v1/reports': need('read:reports'),
  'GET /api/v1/instance/rules': PUBLIC,
  'GET /api/v1/instance/extended_description': PUBLIC,
  'GET /api/v1/instance/peers': PUBLIC,
  'GET /api/v1/instance/activity': PUBLIC,
  'GET /api/v1/instance/languages': PUBLIC,
  'GET /api/v1/instance/translation_languages': PUBLIC,
  'POST /api/empathie/v1/notices': PUBLIC,
  'GET /api/empathie/v1/notices/:reference': PUBLIC,
  'GET /api/empathie/v1/transparency': PUBLIC,
  'GET /api/empathie/v1/statements': need('read:accounts'),
  'POST /api/empathie/v1/statements/:id/appeal': need('write:accounts'),
  'GET /api/v1/admin/reports': need('admin:read:reports'),
  'GET /api/v1/admin/reports/:id': need('admin:read:reports'),
  'POST /api/v1/admin/reports/:id/assign_to_self': need('admin:write:reports'),
  'POST /api/v1/admin/reports/:id/unassign': need('admin:write:reports'),
  'POST /api/v1/admin/reports/:id/resolve': need('admin:write:reports'),
  'POST /api/v1/admin/reports/:id/reopen': need('admin:write:reports'),
  'GET /api/v1/admin/accounts': need('admin:read:accounts'),
  'GET /api/v2/admin/accounts': need('admin:read:accounts'),
  'GET /api/v1/admin/accounts/:id': need('admin:read:accounts'),
  'POST /api/v1/admin/accounts/:id/action': need('admin:write:accounts'),
  'POST /api/v1/admin/accounts/:id/unsilence': need('admin:write:accounts'),
  'POST /api/v1/admin/accounts/:id/unsuspend': need('admin:write:accounts'),
  'POST /api/v1/admin/accounts/:id/enable': need('admin:write:accounts'),
  'GET /api/empathie/v1/admin/queue': need('admin:read:reports'),
  'GET /api/empathie/v1/admin/notices/:id': need('admin:read:reports'),
  'POST /api/empathie/v1/admin/notices/:id/dismiss': need('admin:write:reports'),
  'POST /api/empathie/v1/admin/statuses/:id/action': need('admin:write:reports'),
  'GET /api/empathie/v1/admin/appeals': need('admin:read:reports'),
  'POST /api/empathie/v1/admin/appeals/:id/decide': need('admin:write:reports'),
  'GET /api/empathie/v1/admin/statements.json': need('admin:read:reports'),
  'PUT /api/empathie/v1/admin/accounts/:id/role': need('admin:write:accounts'),
  'PUT /api/empathie/v1/admin/accounts/:id/trusted_flagger': need('admin:write:accounts'),
  'GET /api/empathie/v1/admin/rules': need('admin:read'),
  'POST /api/empathie/v1/admin/rules': need('admin:write'),
  'PUT /api/empathie/v1/admin/rules/:id': need('admin:write'),
  'DELETE /api/empathie/v1/admin/rules/:id': need('admin:write'),
  'GET /api/empathie/v1/admin/audit_log': need('admin:read'),
  // The coordination detector's alerts: moderators and admins.
  'GET /api/empathie/v1/admin/alerts': need('admin:read:reports'),
  'GET /api/empathie/v1/admin/alerts/:id': need('admin:read:reports'),
  'POST /api/empathie/v1/admin/alerts/:id/dismiss': need('admin:write:reports'),
  'POST /api/empathie/v1/admin/alerts/:id/resolve': need('admin:write:reports'),
  // Web Push: the subscription of the calling token (Mastodon's `push` scope).
  'POST /api/v1/push/subscription': need('push'),
  'GET /api/v1/push/subscription': need('push'),
  'PUT /api/v1/push/subscription': need('push'),
  'DELETE /api/v1/push/subscription': need('push'),
  // Instance announcements: members read, dismiss and react; admins write them.
  'GET /api/v1/announcements': need('read'),
  'POST /api/v1/announcements/:id/dismiss': need('write:accounts'),
  'PUT /api/v1/announcements/:id/reactions/:name': need('write:favourites'),
  'DELETE /api/v1/announcements/:id/reactions/:name': need('write:favourites'),
  'GET /api/empathie/v1/admin/announcements': need('admin:read'),
  'POST /api/empathie/v1/admin/announcements': need('admin:write'),
  'PUT /api/empathie/v1/admin/announcements/:id': need('admin:write'),
  'DELETE /api/empathie/v1/admin/announcements/:id': need('admin:write'),
  // Follow suggestions (people followed by those you follow), trends, featured accounts.
  'GET /api/v1/suggestions': need('read'),
  'GET /api/v2/suggestions': need('read'),
  'DELETE /api/v1/suggestions/:account_id': need('read'),
  'GET /api/v1/trends': PUBLIC,
  'GET /api/v1/trends/tags': PUBLIC,
  'GET /api/v1/trends/statuses': PUBLIC,
  'GET /api/v1/trends/links': PUBLIC,
  'GET /api/v1/endorsements': need('read:accounts'),
  'POST /api/v1/accounts/:id/pin': need('write:accounts'),
  'POST /api/v1/accounts/:id/unpin': need('write:accounts'),
  'GET /api/v1/accounts/:id/endorsements': need('read:accounts'),
};

/** The table, as a Map: route keys come from requests, so never look them up in an object. */
export const ROUTE_SCOPES: ReadonlyMap<string, RouteScope> = new Map(Object.entries(TABLE));

/** `/api/v1/statuses/:id{[0-9]+}` → `/api/v1/statuses/:id`: the table is written without regexes. */
export function routeKey(method: string, pattern: string): string {
  const path = pattern.replace(
    /:([A-Za-z_][A-Za-z0-9_]*)\{(?:[^{}]|\{[^{}]*\})*\}/g,
    (_m, name: string) => `:${name}`,
  );
  return `${method.toUpperCase()} ${path}`;
}

export type ScopeCheck =
  | { kind: 'allowed' }
  | { kind: 'missing'; needed: Scope }
  | { kind: 'undeclared'; route: string };

/** Whether a token with `granted` may call the route mounted as `method pattern`. */
export function checkScopes(
  granted: readonly string[],
  method: string,
  pattern: string,
): ScopeCheck {
  const route = routeKey(method, pattern);
  const declared = ROUTE_SCOPES.get(route);
  if (declared === undefined) return { kind: 'undeclared', route };
  if (declared === 'public') return { kind: 'allowed' };
  const ok = declared.anyOf.some((needed) => granted.some((g) => grants(g, needed)));
  const first = declared.anyOf[0];
  return ok || first === undefined ? { kind: 'allowed' } : { kind: 'missing', needed: first };
}

/** Exposed for unit tests of the grant rules. */
export function scopesGrant(granted: readonly string[], needed: Scope): boolean {
  return granted.some((g) => grants(g, needed));
}
