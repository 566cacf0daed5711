import { useState } from 'react';
import { Link } from 'react-router';
import type { Alert, AlertState } from '../../api/admin-endpoints.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { BotLabel } from '../../ui/bot-label.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { ModerationNav } from '../moderation/moderation-nav.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';
import { AlertEvidenceView } from './alert-evidence.tsx';

/**
 * The coordination detector's alerts, for moderators: what it saw and on whom. An alert is a
 * lead, never a verdict: acting goes through a report and the queue, with a statement of reasons.
 */
export function AlertsPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const [state, setState] = useState<AlertState | 'all'>('open');
  const list = usePaginated<Alert>(() => api.alerts(state), `alerts-${state}`);
  const [error, setError] = useState<ApiError | null>(null);

  const decide = async (alert: Alert, decision: 'dismiss' | 'resolve') => {
    const result = await api.decideAlert(alert.id, decision);
    if (!result.ok) return setError(result.error);
    setError(null);
    if (state === 'open') list.remove(alert.id);
    else list.update(alert.id, () => result.value);
  };

  return (
    <>
      <PageHeader title={t('alerts.title')}>
        <ModerationNav />
      </PageHeader>
      <p className="page-lede">{t('alerts.lede')}</p>
      <label className="field">
        <span>{t('alerts.show')}</span>
        <select
          value={state}
          data-testid="alerts-state"
          onChange={(event) => setState(event.target.value === 'all' ? 'all' : 'open')}
        >
          <option value="open">{t('alerts.state.open')}</option>
          <option value="all">{t('alerts.state.all')}</option>
        </select>
      </label>
      {error ? <ErrorNotice error={error} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('alerts.empty')} />
      ) : null}
      <ul className="stack">
        {list.items.map((alert) => (
          <li key={alert.id} className="card stack" data-testid="alert" data-kind={alert.kind}>
            <h2 className="section-title">{t(`alerts.kind.${alert.kind}`)}</h2>
            <p className="hint">
              {t('alerts.when', { date: formatFullTime(alert.updated_at, language) })}
              {alert.state !== 'open' ? ` · ${t(`alerts.state.${alert.state}`)}` : ''}
            </p>
            <AlertEvidenceView alert={alert} />
            <details open={alert.accounts.length <= 12}>
              <summary>
                {t('alerts.accounts', {
                  count: alert.evidence.account_count ?? alert.accounts.length,
                })}
              </summary>
              <ul className="stack">
                {alert.accounts.map((account) => (
                  <li key={account.id} className="account-row">
                    <Avatar account={account} />
                    <span>
                      <Link to={profilePath(account)} data-testid="alert-account">
                        <strong dir="auto">{displayName(account)}</strong>{' '}
                        <span className="muted">@{account.acct}</span>
                      </Link>{' '}
                      <BotLabel account={account} />
                      <span className="hint">
                        {' '}
                        {t('alerts.joined', {
                          // Mastodon gives the day an account joined, not the time.
                          date: new Date(account.created_at).toLocaleDateString(language, {
                            timeZone: 'UTC',
                            dateStyle: 'long',
                          }),
                          posts: account.statuses_count,
                        })}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </details>
            <p className="hint">{t('alerts.howToAct')}</p>
            {alert.state === 'open' ? (
              <div className="row">
                <Link to="/moderation" className="button button-quiet">
                  {t('alerts.openQueue')}
                </Link>
                <button
                  type="button"
                  className="button button-quiet"
                  data-testid="alert-dismiss"
                  onClick={() => decide(alert, 'dismiss')}
                >
                  {t('alerts.dismiss')}
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="alert-resolve"
                  onClick={() => decide(alert, 'resolve')}
                >
                  {t('alerts.resolve')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {list.hasMore ? (
        <button type="button" className="button button-quiet" onClick={list.loadMore}>
          {t('adminArea.more')}
        </button>
      ) : null}
    </>
  );
}
