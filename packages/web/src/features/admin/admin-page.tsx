import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PageHeader } from '../../ui/feedback.tsx';
import { useIsModerator } from '../moderation/moderation-nav.tsx';
import { AdminSettingsPanel } from '../settings/admin-settings-panel.tsx';

/**
 * The admin area: how people join (registration mode, waiting sign-ups, invites), the rules,
 * and the moderators' screens. Moderators see the moderation links only; the server refuses
 * everything else to them anyway.
 */
export function AdminPage() {
  const { t } = useI18n();
  const { moderator, admin } = useIsModerator();
  if (!moderator) {
    return (
      <>
        <PageHeader title={t('adminArea.title')} />
        <p className="notice notice-error" role="alert">
          {t('adminArea.forbidden')}
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('adminArea.title')} />
      <section className="card stack" aria-labelledby="admin-links-title">
        <h2 id="admin-links-title" className="section-title">
          {t('adminArea.screens')}
        </h2>
        <ul className="link-list">
          {admin ? (
            <>
              <li>
                <Link to="/admin/pending" data-testid="admin-link-pending">
                  {t('pending.title')}
                </Link>
              </li>
              <li>
                <Link to="/admin/invites" data-testid="admin-link-invites">
                  {t('invites.title')}
                </Link>
              </li>
              <li>
                <Link to="/admin/announcements" data-testid="admin-link-announcements">
                  {t('announcements.admin.link')}
                </Link>
              </li>
            </>
          ) : null}
          <li>
            <Link to="/moderation/alerts" data-testid="admin-link-alerts">
              {t('alerts.title')}
            </Link>
          </li>
          <li>
            <Link to="/moderation">{t('mod.queue')}</Link>
          </li>
          <li>
            <Link to="/rules">{t('rules.title')}</Link>
          </li>
        </ul>
      </section>
      {admin ? <AdminSettingsPanel /> : null}
    </>
  );
}
