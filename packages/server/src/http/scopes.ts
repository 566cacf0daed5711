/**
 * OAuth scopes, as Mastodon applies them: reading needs `read` (or a `read:…` scope), changing
 * anything needs `write` (or a `write:…` scope); follows, blocks and mutes also accept the older
 * `follow` scope. A read-only token handed to a third-party app can then never post or delete.
 */
export type ScopeFamily = 'read' | 'write' | 'follow';

const RELATIONSHIP =
  /^\/api\/v1\/(accounts\/[^/]+\/(follow|unfollow|block|unblock|mute|unmute)|follow_requests\/[^/]+\/(authorize|reject))$/;

/** What a request needs from its token. */
export function requiredScope(method: string, path: string): ScopeFamily {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return 'read';
  return RELATIONSHIP.test(path) ? 'follow' : 'write';
}

export function scopesAllow(granted: readonly string[], needed: ScopeFamily): boolean {
  const has = (family: 'read' | 'write') =>
    granted.some((s) => s === family || s.startsWith(`${family}:`));
  switch (needed) {
    case 'read':
      return has('read');
    case 'write':
      return has('write');
    case 'follow':
      return has('write') || granted.includes('follow');
  }
}
