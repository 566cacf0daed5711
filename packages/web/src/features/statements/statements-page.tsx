import { type FormEvent, useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { Statement } from '../../api/moderation-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatWhen } from '../moderation/labels.ts';
import '../moderation/moderation.css';

/**
 * The statements of reasons a person received (DSA Art. 17), written by the server in the
 * language they chose, each with its appeal (Art. 20): a form while none was made, then its state.
 */
export function StatementsPage() {
  const api = useApi();
  const { t } = useI18n();
  const [statements, setStatements] = useState<Statement[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    const result = await api.statements();
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatements(result.value);
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="stack">
      <PageHeader title={t('statements.title')} />
      {error ? <ErrorNotice error={error} onRetry={load} /> : null}
      {statements === null && !error ? <Loading /> : null}
      {statements?.length === 0 ? <EmptyState title={t('statements.none')} /> : null}
      <ul className="mod-list">
        {statements?.map((s) => (
          <StatementCard key={s.id} statement={s} onChange={load} />
        ))}
      </ul>
    </section>
  );
}

function StatementCard(props: { statement: Statement; onChange: () => void }) {
  const { statement: s } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const appeal = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.appeal(s.id, text);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    props.onChange();
  };

  return (
    <li className="mod-card stack" data-testid="statement">
      <p>
        <strong data-testid="statement-restriction">{s.restriction}</strong>
      </p>
      <p className="hint">{formatWhen(s.created_at, language)}</p>
      {s.content ? (
        <blockquote className="mod-quote" data-testid="statement-content">
          {s.content}
        </blockquote>
      ) : null}
      <dl>
        <dt>{t('statements.facts')}</dt>
        <dd className="mod-quote">{s.facts || '—'}</dd>
        <dt>{t('statements.ground')}</dt>
        <dd data-testid="statement-ground">{s.ground}</dd>
        <dt>{t('statements.automated')}</dt>
        <dd>{s.automated_text}</dd>
      </dl>
      {s.state === 'reversed' ? (
        <p className="success" data-testid="statement-reversed">
          {t('statements.reversed')}
        </p>
      ) : null}
      {s.appeal ? (
        <div data-testid="statement-appeal">
          <p>
            {s.appeal.state === 'pending'
              ? t('statements.appealPending')
              : s.appeal.state === 'reversed'
                ? t('statements.appealReversed')
                : t('statements.appealUpheld')}
          </p>
          {s.appeal.reason ? <p className="mod-quote">{s.appeal.reason}</p> : null}
        </div>
      ) : s.state === 'in_force' ? (
        <form className="stack" onSubmit={appeal}>
          <p className="hint">{s.how_to_appeal}</p>
          <label htmlFor={`appeal-${s.id}`}>{t('statements.appealLabel')}</label>
          <textarea
            id={`appeal-${s.id}`}
            required
            maxLength={5000}
            rows={3}
            value={text}
            data-testid="appeal-text"
            onChange={(e) => setText(e.target.value)}
          />
          <button
            type="submit"
            className="button"
            disabled={busy || text.trim() === ''}
            data-testid="appeal-submit"
          >
            {t('statements.appeal')}
          </button>
        </form>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </li>
  );
}
