import type { AccountSession } from '../../api/account-endpoints.ts';
import type { Translate } from '../../i18n/i18n.ts';

/** The name a person sees for a session: the app's, or a plain word when the app gave none. */
export function sessionName(session: AccountSession, t: Translate): string {
  const name = session.app_name?.trim();
  return name ? name : t('sessions.unnamed');
}

/** Current session first, then the most recently used. */
export function orderSessions(sessions: readonly AccountSession[]): AccountSession[] {
  const used = (s: AccountSession) => Date.parse(s.last_used_at ?? s.created_at) || 0;
  return [...sessions].sort((a, b) => {
    if (a.current !== b.current) return a.current ? -1 : 1;
    return used(b) - used(a);
  });
}
