import { NavLink } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useMe } from '../auth/session-context.tsx';

/** Whether the signed-in person moderates (Mastodon's role names: Moderator, Admin). */
export function useIsModerator(): { moderator: boolean; admin: boolean } {
  const me = useMe();
  const name = me?.role?.name ?? '';
  return { moderator: name === 'Moderator' || name === 'Admin', admin: name === 'Admin' };
}

export function ModerationNav() {
  const { t } = useI18n();
  const { admin } = useIsModerator();
  return (
    <nav className="row" aria-label={t('mod.nav')}>
      <NavLink to="/moderation" end data-testid="mod-nav-queue">
        {t('mod.queue')}
      </NavLink>
      <NavLink to="/moderation/alerts" data-testid="mod-nav-alerts">
        {t('alerts.title')}
      </NavLink>
      <NavLink to="/moderation/appeals" data-testid="mod-nav-appeals">
        {t('mod.appeals')}
      </NavLink>
      <NavLink to="/admin" data-testid="mod-nav-admin">
        {t('adminArea.title')}
      </NavLink>
      {admin ? (
        <NavLink to="/moderation/audit" data-testid="mod-nav-audit">
          {t('mod.audit')}
        </NavLink>
      ) : null}
    </nav>
  );
}
