import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { CredentialAccount, UiLanguage } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { isUiLanguage } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, PageHeader } from '../../ui/feedback.tsx';
import { useSession } from '../auth/session-context.tsx';
import { intentionMaxLength } from './intention-page.tsx';

export function EditProfilePage(props: { account: CredentialAccount }) {
  const { account } = props;
  const api = useApi();
  const { setAccount } = useSession();
  const { t, language: uiLanguage } = useI18n();
  const [displayName, setDisplayName] = useState(account.display_name);
  const [bio, setBio] = useState(account.source?.note ?? '');
  const [intention, setIntention] = useState(account.empathie?.intention ?? '');
  const [locked, setLocked] = useState(account.locked);
  const [bot, setBot] = useState(account.bot);
  const [language, setLanguage] = useState<UiLanguage>(
    isUiLanguage(account.source?.language) ? account.source.language : uiLanguage,
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    const updated = await api.updateCredentials({
      display_name: displayName,
      note: bio,
      locked,
      bot,
      source: { language },
    });
    if (!updated.ok) {
      setSaving(false);
      return setError(updated.error);
    }
    const savedIntention = await api.saveIntention(intention.trim());
    setSaving(false);
    if (!savedIntention.ok) return setError(savedIntention.error);
    setError(null);
    setSaved(true);
    setAccount({
      ...updated.value,
      empathie: { ...updated.value.empathie, intention: savedIntention.value.intention },
    });
  };

  const fieldError = (name: string) =>
    error?.kind === 'http' && error.fields[name] ? (
      <span className="field-error">{error.fields[name]}</span>
    ) : null;

  return (
    <>
      <PageHeader title={t('profile.editTitle')}>
        <Link to={`/@${account.acct}`}>{t('profile.viewMine')}</Link>
      </PageHeader>
      <form className="card stack" onSubmit={submit}>
        <label className="field">
          <span>{t('profile.displayName')}</span>
          <input
            value={displayName}
            maxLength={100}
            data-testid="profile-display-name"
            onChange={(event) => setDisplayName(event.target.value)}
          />
          {fieldError('display_name')}
        </label>
        <label className="field">
          <span>{t('intention.title')}</span>
          <span className="hint">{t('intention.help')}</span>
          <textarea
            value={intention}
            rows={3}
            maxLength={intentionMaxLength}
            data-testid="intention-input"
            onChange={(event) => setIntention(event.target.value)}
          />
          {fieldError('intention')}
        </label>
        <label className="field">
          <span>{t('profile.bio')}</span>
          <textarea
            value={bio}
            rows={4}
            data-testid="profile-bio"
            onChange={(event) => setBio(event.target.value)}
          />
          {fieldError('note')}
        </label>
        <label className="field">
          <span>{t('profile.defaultLanguage')}</span>
          <select
            value={language}
            data-testid="profile-language"
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'fr')}
          >
            <option value="fr">{t('language.fr')}</option>
            <option value="en">{t('language.en')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={locked}
            data-testid="profile-locked"
            onChange={(event) => setLocked(event.target.checked)}
          />
          <span>
            {t('profile.lockedLabel')}
            <span className="hint">{t('profile.lockedHelp')}</span>
          </span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={bot}
            data-testid="profile-bot"
            onChange={(event) => setBot(event.target.checked)}
          />
          <span>
            {t('profile.botLabel')}
            <span className="hint">{t('profile.botHelp')}</span>
          </span>
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <div className="row" aria-live="polite">
          <button type="submit" className="button" disabled={saving} data-testid="profile-save">
            {saving ? t('common.saving') : t('common.save')}
          </button>
          {saved ? <span className="success">{t('common.saved')}</span> : null}
        </div>
      </form>
    </>
  );
}
