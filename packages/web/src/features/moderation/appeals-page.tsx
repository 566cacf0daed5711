import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { AdminAppeal } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatWhen, outcomeKey } from './labels.ts';
import { ModerationNav } from './moderation-nav.tsx';
import './moderation.css';

/** Appeals (DSA Art. 20): decided by a moderator other than the one who took the decision. */
export function AppealsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [appeals, setAppeals] = useState<AdminAppeal[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    const result = await api.appeals();
    if (!result.ok) return setError(result.error);
    setError(null);
    setAppeals(result.value);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack">
      <PageHeader title={t('mod.appeals')} />
      <ModerationNav />
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      {appeals === null && !error ? <Loading /> : null}
      {appeals?.length === 0 ? <EmptyState title={t('mod.appealsEmpty')} /> : null}
      <ul className="mod-list">
        {appeals?.map((a) => (
          <AppealCard key={a.id} appeal={a} onDone={load} />
        ))}
      </ul>
    </section>
  );
}

function AppealCard(props: { appeal: AdminAppeal; onDone: () => void }) {
  const { appeal: a } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const decide = async (decision: 'uphold' | 'reverse') => {
    setBusy(true);
    const result = await api.decideAppeal(a.id, decision, reason);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    props.onDone();
  };

  return (
    <li className="mod-card stack" data-testid="mod-appeal">
      <p>
        <strong>@{a.account?.account.acct ?? '?'}</strong> · {formatWhen(a.created_at, language)} ·{' '}
        {a.statement ? t(outcomeKey(a.statement.action)) : null}
      </p>
      {a.statement ? <p className="mod-quote">{a.statement.facts}</p> : null}
      <p>{t('mod.appealText')}</p>
      <p className="mod-quote">{a.text}</p>
      {a.state !== 'pending' ? (
        <p data-testid="mod-appeal-state">
          {a.state === 'reversed' ? t('statements.appealReversed') : t('statements.appealUpheld')}
        </p>
      ) : a.can_decide ? (
        <div className="stack">
          <label htmlFor={`reason-${a.id}`}>{t('mod.appealReason')}</label>
          <textarea
            id={`reason-${a.id}`}
            rows={2}
            maxLength={5000}
            value={reason}
            data-testid="mod-appeal-reason"
            onChange={(e) => setReason(e.target.value)}
          />
          <div className="mod-actions">
            <button
              type="button"
              className="button"
              disabled={busy || reason.trim() === ''}
              data-testid="mod-appeal-reverse"
              onClick={() => decide('reverse')}
            >
              {t('mod.reverse')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy || reason.trim() === ''}
              data-testid="mod-appeal-uphold"
              onClick={() => decide('uphold')}
            >
              {t('mod.uphold')}
            </button>
          </div>
        </div>
      ) : (
        <p className="hint" data-testid="mod-appeal-not-yours">
          {t('mod.appealOther')}
        </p>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </li>
  );
}
