import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Transparency } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { categoryKey, outcomeKey } from '../moderation/labels.ts';
import '../moderation/moderation.css';

/** The periods offered: this year so far, and each of the four quarters of it. */
function periods(now: Date) {
  const year = now.getUTCFullYear();
  const list = [{ id: `${year}`, from: `${year}-01-01`, to: `${year}-12-31` }];
  for (const [q, from, to] of [
    [1, '01-01', '03-31'],
    [2, '04-01', '06-30'],
    [3, '07-01', '09-30'],
    [4, '10-01', '12-31'],
  ] as const) {
    list.push({ id: `${year}-Q${q}`, from: `${year}-${from}`, to: `${year}-${to}` });
  }
  return list;
}

/** The public transparency report (DSA Art. 15 and 24), read from the server for a period. */
export function TransparencyPage() {
  const api = useApi();
  const { t } = useI18n();
  const options = periods(new Date());
  const [periodId, setPeriodId] = useState(options[0]?.id ?? '');
  const [report, setReport] = useState<Transparency | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const chosen = options.find((p) => p.id === periodId) ?? options[0];

  const load = useCallback(async () => {
    if (!chosen) return;
    const result = await api.transparency(chosen.from, chosen.to);
    if (!result.ok) return setError(result.error);
    setError(null);
    setReport(result.value);
  }, [api, chosen?.from, chosen?.to, chosen]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack">
      <PageHeader title={t('transparency.title')} />
      <p>{t('transparency.intro')}</p>
      <label htmlFor="transparency-period">{t('transparency.period')}</label>
      <select
        id="transparency-period"
        value={periodId}
        data-testid="transparency-period"
        onChange={(e) => setPeriodId(e.target.value)}
      >
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id}
          </option>
        ))}
      </select>
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      {report === null && !error ? <Loading /> : null}
      {report ? (
        <div className="stack" data-testid="transparency-report">
          <h2>{t('transparency.notices', { count: report.notices.total })}</h2>
          <CountTable
            rows={report.notices.by_category}
            label={(k) => t(categoryKey(k))}
            testId="transparency-notices"
          />
          <h2>{t('transparency.reports', { count: report.reports.total })}</h2>
          <CountTable
            rows={report.reports.by_category}
            label={(k) => t(categoryKey(k))}
            testId="transparency-reports"
          />
          <h2>{t('transparency.actions', { count: report.actions.total })}</h2>
          <CountTable
            rows={report.actions.by_type}
            label={(k) => t(outcomeKey(k))}
            testId="transparency-actions"
          />
          <h3>{t('transparency.grounds')}</h3>
          <CountTable
            rows={report.actions.by_ground}
            label={(k) => k}
            testId="transparency-grounds"
          />
          <p data-testid="transparency-automated">
            {t('transparency.automated', { count: report.actions.automated })}
          </p>
          <p data-testid="transparency-median">
            {report.median_hours_to_decision === null
              ? t('transparency.noDecision')
              : t('transparency.median', { hours: report.median_hours_to_decision })}
          </p>
          <h2>{t('transparency.appeals', { count: report.appeals.total })}</h2>
          <p data-testid="transparency-appeals">
            {t('transparency.appealOutcomes', {
              pending: report.appeals.pending,
              upheld: report.appeals.upheld,
              reversed: report.appeals.reversed,
            })}
          </p>
        </div>
      ) : null}
    </section>
  );
}

function CountTable(props: {
  rows: Array<{ key: string; count: number }>;
  label: (key: string) => string;
  testId: string;
}) {
  const { t } = useI18n();
  if (props.rows.length === 0) return <p className="hint">{t('transparency.none')}</p>;
  return (
    <table className="mod-table" data-testid={props.testId}>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{props.label(r.key)}</th>
            <td>{r.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
