import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Report } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatWhen, outcomeKey } from '../moderation/labels.ts';
import '../moderation/moderation.css';

/** The reports I filed and what the moderators did about each. */
export function MyReportsPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const formatDate = (iso: string) => formatWhen(iso, language);
  const [reports, setReports] = useState<Report[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    const result = await api.myReports();
    if (!result.ok) return setError(result.error);
    setError(null);
    setReports(result.value);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack">
      <PageHeader title={t('report.mineTitle')} />
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      {reports === null && !error ? <Loading /> : null}
      {reports?.length === 0 ? <EmptyState title={t('report.none')} /> : null}
      <ul className="mod-list" data-testid="my-reports">
        {reports?.map((r) => (
          <li key={r.id} className="mod-card" data-testid="my-report">
            <p>
              <strong>@{r.target_account?.acct ?? '?'}</strong> · {formatDate(r.created_at)}
            </p>
            {r.comment ? <p className="mod-quote">{r.comment}</p> : null}
            <p data-testid="my-report-state">
              {r.empathie.state === 'resolved'
                ? t('report.resolved', { outcome: t(outcomeKey(r.empathie.outcome)) })
                : t('report.open.state')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
