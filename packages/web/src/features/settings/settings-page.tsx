import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { AccountDeletion } from '../../api/account-endpoints.ts';
import type { CredentialAccount } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { isUiLanguage, uiLanguages } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PageHeader } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { useMe, useSession } from '../auth/session-context.tsx';
import { AdminCallsPanel } from '../calls/admin-calls-panel.tsx';
import { AdminCoachPanel } from '../coach/admin-coach-panel.tsx';
import { CoachSettingsPanel } from '../coach/coach-settings-panel.tsx';
import { DefencePanel } from '../filters/defence-panel.tsx';
import { AdminShieldPanel } from '../shield/admin-shield-panel.tsx';
import { AdminSettingsPanel } from './admin-settings-panel.tsx';
import { DeleteAccountPanel } from './delete-account-panel.tsx';
import { ExportPanel } from './export-panel.tsx';
import { PasswordPanel } from './password-panel.tsx';
import { SessionsPanel } from './sessions-panel.tsx';

export function isAdmin(account: CredentialAccount | null): boolean {
  return account?.role?.name === 'Admin';
}

export function SettingsPage() {
  const api = useApi();
  const me = useMe();
  const { signOut } = useSession();
  const { t, language, setLanguage } = useI18n();
  const navigate = useNavigate();
  // Kept here, above the signed-in panels: once the account is deleted the session ends, and
  // the person still reads what happened.
  const [deletion, setDeletion] = useState<AccountDeletion | null>(null);
  // A password change closes the other sessions: the list is read again when it happens.
  const [sessionsVersion, setSessionsVersion] = useState(0);

  // The switch is instant; the account remembers it for the next device.
  const changeLanguage = (value: string) => {
    if (!isUiLanguage(value)) return;
    setLanguage(value);
    if (me) void api.savePreferences(value);
  };

  const logOut = async () => {
    await signOut();
    navigate('/', { replace: true });
  };

  const deleted = async (done: AccountDeletion) => {
    setDeletion(done);
    // The server has revoked every token already; this clears the browser's session.
    await signOut();
  };

  if (deletion) {
    return (
      <>
        <PageHeader title={t('deletion.doneTitle')} />
        <section className="card stack" role="status" data-testid="deletion-done">
          <p>{t('deletion.done', { date: formatFullTime(deletion.erase_at, language) })}</p>
          <p>
            <Link to="/welcome">{t('deletion.leave')}</Link>
          </p>
        </section>
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <section className="card stack" aria-labelledby="settings-language-title">
        <h2 id="settings-language-title" className="section-title">
          {t('settings.languageTitle')}
        </h2>
        <label className="field">
          <span>{t('settings.languageLabel')}</span>
          <select
            data-testid="settings-language"
            value={language}
            onChange={(event) => changeLanguage(event.target.value)}
          >
            {uiLanguages.map((value) => (
              <option key={value} value={value} lang={value}>
                {t(`language.${value}`)}
              </option>
            ))}
          </select>
        </label>
      </section>
      {me ? (
        <>
          <section className="card stack" aria-labelledby="settings-account-title">
            <h2 id="settings-account-title" className="section-title">
              {t('settings.accountTitle')}
            </h2>
            <ul className="link-list">
              <li>
                <Link to={`/@${me.acct}`}>{t('profile.viewMine')}</Link>
              </li>
              <li>
                <Link to="/settings/profile" data-testid="settings-edit-profile">
                  {t('profile.editTitle')}
                </Link>
              </li>
              <li>
                <Link to="/follow-requests" data-testid="settings-follow-requests">
                  {t('followRequests.title')}
                  {me.source?.follow_requests_count ? ` (${me.source.follow_requests_count})` : ''}
                </Link>
              </li>
              <li>
                <Link to="/settings/skills" data-testid="settings-skills">
                  {t('calls.mySkills')}
                </Link>
              </li>
            </ul>
            <button
              type="button"
              className="button button-quiet"
              data-testid="logout"
              onClick={logOut}
            >
              {t('auth.logout')}
            </button>
          </section>
          <CoachSettingsPanel scope="me" />
          <DefencePanel />
          <ExportPanel />
          <PasswordPanel onChanged={() => setSessionsVersion((v) => v + 1)} />
          <SessionsPanel key={sessionsVersion} onLoggedOutEverywhere={logOut} />
          {me.role?.name === 'Admin' || me.role?.name === 'Moderator' ? (
            <p>
              <Link to="/admin" className="button button-quiet" data-testid="settings-admin-area">
                {t('adminArea.open')}
              </Link>
            </p>
          ) : null}
          {isAdmin(me) ? <AdminSettingsPanel /> : null}
          {isAdmin(me) ? <AdminCoachPanel /> : null}
          {isAdmin(me) ? <AdminCallsPanel /> : null}
          {isAdmin(me) ? <AdminShieldPanel /> : null}
          <DeleteAccountPanel onDeleted={deleted} />
        </>
      ) : (
        <p>
          <Link to="/login">{t('auth.loginLink')}</Link>
        </p>
      )}
    </>
  );
}
