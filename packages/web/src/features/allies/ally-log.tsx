import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { formatRelativeTime } from '../../ui/format-time.ts';
import type { AllyLogEntry, AllySummary } from '../shield/shield.types.ts';
import { displayName } from '../status/status-helpers.ts';
import { summaryParts } from './ally-summary.ts';

/**
 * What allies did, for the person to read ("Sam hid 12 replies and reported 3 accounts"), then
 * every entry. With `forId`, an ally who reviews reads the person's log to work with the others.
 */
export function AllyLog(props: { forId?: string }) {
  const { forId } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const log = usePaginated<AllyLogEntry>(() => api.allyLog(forId), `ally-log:${forId ?? 'me'}`);
  const [summary, setSummary] = useState<AllySummary[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (forId) return;
    void api.allySummary().then((result) => {
      if (result.ok) setSummary(result.value);
      else setError(result.error);
    });
  }, [api, forId]);

  return (
    <section className="card stack" aria-labelledby="ally-log-title" data-testid="ally-log">
      <h2 id="ally-log-title" className="section-title">
        {t('allies.logTitle')}
      </h2>
      {error ? <ErrorNotice error={error} /> : null}
      {summary.length > 0 ? (
        <ul className="stack" data-testid="ally-summary">
          {summary.map((row) => (
            <li key={row.account.id}>{summaryParts(row, t)}</li>
          ))}
        </ul>
      ) : null}
      {log.status === 'loading' ? <Loading /> : null}
      {log.status === 'error' && log.error ? (
        <ErrorNotice error={log.error} onRetry={log.reload} />
      ) : null}
      {log.status === 'ready' && log.items.length === 0 ? (
        <p className="hint">{t('allies.logEmpty')}</p>
      ) : null}
      <ol className="stack">
        {log.items.map((entry) => (
          <li key={entry.id} data-testid="ally-log-entry" data-action={entry.action}>
            {t(`allies.log.${entry.action}`, {
              actor: entry.actor ? displayName(entry.actor) : '?',
              target: entry.target ? displayName(entry.target) : '?',
            })}{' '}
            <time className="muted" dateTime={entry.created_at}>
              {formatRelativeTime(entry.created_at, Date.now(), language)}
            </time>
          </li>
        ))}
      </ol>
      {log.hasMore ? (
        <button
          type="button"
          className="button button-quiet"
          disabled={log.loadingMore}
          onClick={log.loadMore}
        >
          {t('timeline.loadMore')}
        </button>
      ) : null}
    </section>
  );
}
