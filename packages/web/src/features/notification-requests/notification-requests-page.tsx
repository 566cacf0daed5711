import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import {
  type NotificationPolicy,
  type NotificationRequest,
  type PolicyField,
  type PolicyOutcome,
  policyFields,
} from '../../api/defence.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import type { MessageKey } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';

const fieldKey: ReadonlyMap<PolicyField, MessageKey> = new Map([
  ['for_not_following', 'notificationRequests.field.for_not_following'],
  ['for_not_followers', 'notificationRequests.field.for_not_followers'],
  ['for_new_accounts', 'notificationRequests.field.for_new_accounts'],
  ['for_private_mentions', 'notificationRequests.field.for_private_mentions'],
] as const);
const outcomes: ReadonlyArray<{ value: PolicyOutcome; key: MessageKey }> = [
  { value: 'accept', key: 'notificationRequests.outcome.accept' },
  { value: 'filter', key: 'notificationRequests.outcome.filter' },
  { value: 'drop', key: 'notificationRequests.outcome.drop' },
];

/** Mastodon's notification policy for strangers, and the requests it sets aside. */
export function NotificationRequestsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [policy, setPolicy] = useState<NotificationPolicy | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const requests = usePaginated<NotificationRequest>(
    () => api.notificationRequests(),
    'notification-requests',
  );

  useEffect(() => {
    let active = true;
    void api.notificationPolicy().then((result) => {
      if (!active) return;
      if (result.ok) setPolicy(result.value);
      else setError(result.error);
    });
    return () => {
      active = false;
    };
  }, [api]);

  const change = async (field: PolicyField, value: PolicyOutcome) => {
    const result = await api.saveNotificationPolicy({ [field]: value });
    if (!result.ok) return setError(result.error);
    setError(null);
    setPolicy(result.value);
    setAnnouncement(t('notificationRequests.saved'));
  };

  const answer = async (request: NotificationRequest, decision: 'accept' | 'dismiss') => {
    const result = await api.answerNotificationRequest(request.id, decision);
    if (!result.ok) return setError(result.error);
    requests.remove(request.id);
    setAnnouncement(
      t(
        decision === 'accept' ? 'notificationRequests.accepted' : 'notificationRequests.dismissed',
        {
          name: displayName(request.account),
        },
      ),
    );
  };

  return (
    <>
      <PageHeader title={t('notificationRequests.title')}>
        <p className="page-lede">{t('notificationRequests.lede')}</p>
      </PageHeader>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      <section className="card stack" aria-labelledby="policy-title">
        <h2 id="policy-title" className="section-title">
          {t('notificationRequests.policyTitle')}
        </h2>
        {policy === null ? <Loading /> : null}
        {policy
          ? policyFields.map((field) => (
              <label key={field} className="field field-inline">
                <span>
                  {t(fieldKey.get(field) ?? 'notificationRequests.field.for_not_following')}
                </span>
                <select
                  data-testid={`policy-${field}`}
                  value={policy[field]}
                  onChange={(event) => {
                    const chosen = outcomes.find((o) => o.value === event.target.value);
                    if (chosen) void change(field, chosen.value);
                  }}
                >
                  {outcomes.map((o) => (
                    <option key={o.value} value={o.value}>
                      {t(o.key)}
                    </option>
                  ))}
                </select>
              </label>
            ))
          : null}
      </section>
      <h2 className="section-title">{t('notificationRequests.requestsTitle')}</h2>
      {requests.status === 'loading' ? <Loading /> : null}
      {requests.status === 'error' && requests.error ? (
        <ErrorNotice error={requests.error} onRetry={requests.reload} />
      ) : null}
      {requests.status === 'ready' && requests.items.length === 0 ? (
        <EmptyState title={t('notificationRequests.emptyTitle')} />
      ) : null}
      <ul className="account-list">
        {requests.items.map((request) => (
          <li key={request.id} className="account-row" data-testid="notification-request">
            <Avatar account={request.account} />
            <span>
              <Link to={profilePath(request.account)}>
                <strong dir="auto">{displayName(request.account)}</strong>{' '}
                <span className="muted">@{request.account.acct}</span>
              </Link>
              <br />
              <span className="muted">
                {t('notificationRequests.count', { count: request.notifications_count })}
              </span>
              {request.last_status ? (
                <>
                  {' — '}
                  <Link to={`/statuses/${request.last_status.id}`}>
                    {request.last_status.content
                      .replace(/<[^>]*>/g, ' ')
                      .trim()
                      .slice(0, 80)}
                  </Link>
                </>
              ) : null}
            </span>
            <span className="row row-end">
              <button
                type="button"
                className="button button-small"
                onClick={() => answer(request, 'accept')}
              >
                {t('notificationRequests.accept')}
              </button>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => answer(request, 'dismiss')}
              >
                {t('notificationRequests.dismiss')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
