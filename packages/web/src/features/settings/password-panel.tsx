import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';

/** Change of password: the current one is asked again, and every other session is closed. */
export function PasswordPanel(props: { onChanged?: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [closed, setClosed] = useState<number | null>(null);
  const mismatch = again !== '' && again !== next;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setClosed(null);
    const result = await api.changePassword(current, next);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setCurrent('');
    setNext('');
    setAgain('');
    setClosed(result.value.closed_sessions);
    props.onChanged?.();
  };

  return (
    <section className="card stack" aria-labelledby="settings-password-title">
      <h2 id="settings-password-title" className="section-title">
        {t('password.title')}
      </h2>
      <p className="hint">{t('password.help')}</p>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('password.current')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            data-testid="password-current"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('password.new')}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            data-testid="password-new"
            value={next}
            onChange={(event) => setNext(event.target.value)}
          />
          <span className="hint">{t('auth.passwordHelp')}</span>
        </label>
        <label className="field">
          <span>{t('password.again')}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            data-testid="password-again"
            aria-invalid={mismatch}
            aria-describedby={mismatch ? 'password-mismatch' : undefined}
            value={again}
            onChange={(event) => setAgain(event.target.value)}
          />
          {mismatch ? (
            <span id="password-mismatch" className="field-error">
              {t('password.mismatch')}
            </span>
          ) : null}
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <p aria-live="polite" className="success">
          {closed === null ? '' : t('password.done', { count: closed })}
        </p>
        <button
          type="submit"
          className="button"
          disabled={busy || mismatch}
          data-testid="password-submit"
        >
          {busy ? t('common.saving') : t('password.submit')}
        </button>
      </form>
    </section>
  );
}
