import type { MessageKey, Translate } from '../../i18n/i18n.ts';

/** Scope families a person may be asked about, each with its plain-words name. */
const FAMILIES: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['accounts', 'oauth.family.accounts'],
  ['blocks', 'oauth.family.blocks'],
  ['bookmarks', 'oauth.family.bookmarks'],
  ['conversations', 'oauth.family.conversations'],
  ['favourites', 'oauth.family.favourites'],
  ['filters', 'oauth.family.filters'],
  ['follows', 'oauth.family.follows'],
  ['lists', 'oauth.family.lists'],
  ['media', 'oauth.family.media'],
  ['mutes', 'oauth.family.mutes'],
  ['notifications', 'oauth.family.notifications'],
  ['reports', 'oauth.family.reports'],
  ['search', 'oauth.family.search'],
  ['statuses', 'oauth.family.statuses'],
]);

const WHOLE: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['read', 'oauth.scope.read'],
  ['write', 'oauth.scope.write'],
  ['follow', 'oauth.scope.follow'],
  ['push', 'oauth.scope.push'],
  ['profile', 'oauth.scope.profile'],
  ['admin:read', 'oauth.scope.adminRead'],
  ['admin:write', 'oauth.scope.adminWrite'],
]);

/**
 * What a scope lets the app do, in plain words: `read` → "Read everything in your account",
 * `write:statuses` → "Change: your posts". An unknown word is shown as it is (the server has
 * refused the request before the page shows it, so this is a fallback, not a path).
 */
export function scopeLabel(scope: string, t: Translate): string {
  const whole = WHOLE.get(scope);
  if (whole) return t(whole);
  const [kind, family, rest] = scope.split(':');
  const familyKey = family && rest === undefined ? FAMILIES.get(family) : undefined;
  if (!familyKey) return scope;
  const what = t(familyKey);
  if (kind === 'read') return t('oauth.scope.readPart', { what });
  if (kind === 'write') return t('oauth.scope.writePart', { what });
  return scope;
}
