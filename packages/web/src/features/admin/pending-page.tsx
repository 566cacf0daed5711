import { useState } from 'react';
import type { PendingAccount } from '../../api/admin-endpoints.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { AdminBackLink } from './admin-back-link.tsx';

/** Sign-ups waiting for an admin when registration asks for approval. */
export function PendingPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const list = usePaginated<PendingAccount>(() => api.pendingAccounts(), 'pending');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const decide = async (row: PendingAccount, decision: 'approve' | 'reject') => {
    setBusy(row.id);
    const result = await api.decidePending(row.id, decision);
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    list.remove(row.id);
    setAnnouncement(t(`pending.done.${decision}`, { name: row.username }));
  };

  return (
    <>
      <PageHeader title={t('pending.title')}>
        <AdminBackLink />
      </PageHeader>
      <p className="page-lede">{t('pending.lede')}</p>
      <p aria-live="polite" className="success" data-testid="pending-announcement">
        {announcement}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('pending.empty')} />
      ) : null}
      <ul className="stack">
        {list.items.map((row) => (
          <li key={row.id} className="card stack" data-testid="pending-row">
            <p>
              <strong>@{row.username}</strong> <span className="muted">{row.email}</span>
            </p>
            <p className="hint">
              {t('pending.asked', { date: formatFullTime(row.created_at, language) })}
            </p>
            {row.reason ? (
              <blockquote dir="auto">{row.reason}</blockquote>
            ) : (
              <p className="muted">{t('pending.noReason')}</p>
            )}
            <div className="row">
              <button
                type="button"
                className="button"
                disabled={busy === row.id}
                data-testid={`pending-approve-${row.username}`}
                onClick={() => decide(row, 'approve')}
              >
                {t('pending.approve')}
              </button>
              <button
                type="button"
                className="button button-quiet"
                disabled={busy === row.id}
                data-testid={`pending-reject-${row.username}`}
                onClick={() => decide(row, 'reject')}
              >
                {t('pending.reject')}
              </button>
            </div>
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
