import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Account } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { BotLabel } from '../../ui/bot-label.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';

export function FollowRequestsPage() {
  const api = useApi();
  const { t } = useI18n();
  const list = usePaginated<Account>(() => api.followRequests(), 'follow-requests');
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const answer = async (account: Account, decision: 'authorize' | 'reject') => {
    const result = await api.answerFollowRequest(account.id, decision);
    if (!result.ok) return setError(result.error);
    setError(null);
    list.remove(account.id);
    setAnnouncement(
      t(decision === 'authorize' ? 'followRequests.accepted' : 'followRequests.declined', {
        name: displayName(account),
      }),
    );
  };

  return (
    <>
      <PageHeader title={t('followRequests.title')}>
        <p className="page-lede">{t('followRequests.lede')}</p>
      </PageHeader>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('followRequests.emptyTitle')}>
          <p>{t('followRequests.emptyText')}</p>
        </EmptyState>
      ) : null}
      <ul className="account-list">
        {list.items.map((account) => (
          <li key={account.id} className="account-row" data-testid="follow-request">
            <Avatar account={account} />
            <Link to={profilePath(account)}>
              <strong dir="auto">{displayName(account)}</strong> <BotLabel account={account} />{' '}
              <span className="muted">@{account.acct}</span>
            </Link>
            <span className="row row-end">
              <button
                type="button"
                className="button button-small"
                data-testid="follow-request-authorize"
                onClick={() => answer(account, 'authorize')}
              >
                {t('followRequests.authorize')}
              </button>
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="follow-request-reject"
                onClick={() => answer(account, 'reject')}
              >
                {t('followRequests.reject')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
