import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { CredentialAccount } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { useSession } from '../auth/session-context.tsx';

export const intentionMaxLength = 500;

// Right after sign-up: saying why you are here is the first thing Empathie asks, and it is
// shown on your profile and, later, where you write.
export function IntentionPage(props: { account: CredentialAccount }) {
  const { account } = props;
  const api = useApi();
  const navigate = useNavigate();
  const { setAccount } = useSession();
  const { t } = useI18n();
  const [intention, setIntention] = useState(account.empathie?.intention ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await api.saveIntention(intention.trim());
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setAccount({
      ...account,
      empathie: { ...account.empathie, intention: result.value.intention },
    });
    navigate('/local');
  };

  return (
    <section className="auth-panel card">
      <p className="eyebrow">{t('intention.welcome', { name: account.username })}</p>
      <h1>{t('intention.promptTitle')}</h1>
      <p>{t('intention.promptText')}</p>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('intention.title')}</span>
          <textarea
            value={intention}
            rows={4}
            maxLength={intentionMaxLength}
            required
            placeholder={t('intention.placeholder')}
            data-testid="intention-input"
            onChange={(event) => setIntention(event.target.value)}
          />
          <span className="hint">
            {t('intention.remaining', { count: intentionMaxLength - [...intention].length })}
          </span>
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <div className="row">
          <button type="submit" className="button" disabled={saving} data-testid="intention-save">
            {saving ? t('common.saving') : t('intention.save')}
          </button>
          <Link to="/local" className="button button-quiet" data-testid="intention-skip">
            {t('intention.later')}
          </Link>
        </div>
      </form>
    </section>
  );
}
