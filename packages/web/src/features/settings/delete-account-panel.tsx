import { type FormEvent, useState } from 'react';
import type { AccountDeletion } from '../../api/account-endpoints.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';

/** Days before erasure, as the server applies them (ADR 0011); shown before the request. */
export const DELETION_GRACE_DAYS = 30;

/**
 * Account deletion, said plainly before it happens: what disappears now, what is erased later,
 * that it cannot be undone. The person ticks that they understand and types their password.
 */
export function DeleteAccountPanel(props: { onDeleted: (deletion: AccountDeletion) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [understood, setUnderstood] = useState(false);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!understood) return;
    setBusy(true);
    const result = await api.deleteAccount(password);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    props.onDeleted(result.value);
  };

  return (
    <section className="card stack danger-zone" aria-labelledby="settings-delete-title">
      <h2 id="settings-delete-title" className="section-title">
        {t('deletion.title')}
      </h2>
      <ul className="deletion-consequences">
        <li>{t('deletion.now')}</li>
        <li>{t('deletion.later', { days: DELETION_GRACE_DAYS })}</li>
        <li>{t('deletion.final')}</li>
        <li>{t('deletion.kept')}</li>
      </ul>
      <p className="hint">{t('deletion.exportFirst')}</p>
      <form className="stack" onSubmit={submit}>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="deletion-understood"
            checked={understood}
            onChange={(event) => setUnderstood(event.target.checked)}
          />
          <span>{t('deletion.understand')}</span>
        </label>
        <label className="field">
          <span>{t('deletion.password')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            data-testid="deletion-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <div>
          <button
            type="submit"
            className="button button-danger"
            disabled={busy || !understood || password === ''}
            data-testid="deletion-submit"
          >
            {busy ? t('common.loading') : t('deletion.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
