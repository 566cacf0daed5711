import { useCallback, useEffect, useState } from 'react';
import type { AccountSession } from '../../api/account-endpoints.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { formatFullTime, formatRelativeTime } from '../../ui/format-time.ts';
import { orderSessions, sessionName } from './session-label.ts';

/** The person's sessions, each revocable; log out everywhere else, or everywhere. */
export function SessionsPanel(props: { onLoggedOutEverywhere: () => Promise<void> }) {
  const api = useApi();
  const { t, language } = useI18n();
  const [sessions, setSessions] = useState<AccountSession[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await api.sessions();
    if (result.ok) {
      setSessions(orderSessions(result.value));
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const revoke = async (session: AccountSession) => {
    setBusy(true);
    const result = await api.revokeSession(session.id);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setMessage(t('sessions.closed', { count: 1 }));
    await load();
  };

  const logOutOthers = async () => {
    setBusy(true);
    const result = await api.revokeAllSessions(true);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setMessage(t('sessions.closed', { count: result.value.closed_sessions }));
    await load();
  };

  // Everywhere: the others first, then this one through the ordinary log-out, which also
  // clears this browser's session cookie.
  const logOutEverywhere = async () => {
    setBusy(true);
    const result = await api.revokeAllSessions(true);
    if (!result.ok) {
      setBusy(false);
      return setError(result.error);
    }
    await props.onLoggedOutEverywhere();
  };

  const now = Date.now();
  return (
    <section className="card stack" aria-labelledby="settings-sessions-title">
      <h2 id="settings-sessions-title" className="section-title">
        {t('sessions.title')}
      </h2>
      <p className="hint">{t('sessions.help')}</p>
      {sessions === null && !error ? <Loading /> : null}
      {sessions ? (
        <ul className="session-list" data-testid="sessions-list">
          {sessions.map((session) => (
            <li key={session.id} className="session-item">
              <div>
                <strong>{sessionName(session, t)}</strong>
                {session.current ? (
                  <span className="session-current"> · {t('sessions.current')}</span>
                ) : null}
                <p className="hint">
                  {t('sessions.opened', { date: formatFullTime(session.created_at, language) })}
                  {session.last_used_at
                    ? ` · ${t('sessions.lastUsed', {
                        time: formatRelativeTime(session.last_used_at, now, language),
                      })}`
                    : ''}
                </p>
              </div>
              {session.current ? null : (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  disabled={busy}
                  aria-label={t('sessions.revokeLabel', {
                    name: sessionName(session, t),
                    date: formatFullTime(session.created_at, language),
                  })}
                  onClick={() => revoke(session)}
                >
                  {t('sessions.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <p aria-live="polite" className="success">
        {message}
      </p>
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-quiet"
          disabled={busy}
          data-testid="sessions-log-out-others"
          onClick={logOutOthers}
        >
          {t('sessions.logOutOthers')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={busy}
          data-testid="sessions-log-out-everywhere"
          onClick={logOutEverywhere}
        >
          {t('sessions.logOutEverywhere')}
        </button>
      </div>
    </section>
  );
}
