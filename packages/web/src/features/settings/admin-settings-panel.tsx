import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { RegistrationMode } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';

const modes: readonly RegistrationMode[] = ['open', 'approval', 'invite'];

export function AdminSettingsPanel() {
  const api = useApi();
  const { t } = useI18n();
  const [mode, setMode] = useState<RegistrationMode | null>(null);
  const [botsMustDeclare, setBotsMustDeclare] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void api.adminSettings().then((result) => {
      if (result.ok) {
        setMode(result.value.registration_mode);
        setBotsMustDeclare(result.value.bots_must_declare === true);
      } else setError(result.error);
    });
  }, [api]);

  const change = async (next: RegistrationMode) => {
    const previous = mode;
    setMode(next);
    setSaved(false);
    const result = await api.saveAdminSettings({ registration_mode: next });
    if (result.ok) {
      setError(null);
      setSaved(true);
    } else {
      setMode(previous);
      setError(result.error);
    }
  };

  const changeBots = async (next: boolean) => {
    setBotsMustDeclare(next);
    setSaved(false);
    const result = await api.saveAdminSettings({ bots_must_declare: next });
    if (result.ok) {
      setError(null);
      setSaved(true);
    } else {
      setBotsMustDeclare(!next);
      setError(result.error);
    }
  };

  return (
    <section className="card stack" aria-labelledby="settings-admin-title">
      <h2 id="settings-admin-title" className="section-title">
        {t('admin.title')}
      </h2>
      {mode === null && !error ? <Loading /> : null}
      {mode !== null ? (
        <fieldset className="stack">
          <legend>{t('admin.registrationMode')}</legend>
          {modes.map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name="registration-mode"
                value={value}
                data-testid={`admin-registration-${value}`}
                checked={mode === value}
                onChange={() => change(value)}
              />
              <span>
                {t(`admin.mode.${value}`)}
                <span className="hint">{t(`admin.mode.${value}.help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {mode !== null ? (
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="admin-bots-must-declare"
            checked={botsMustDeclare}
            onChange={(event) => changeBots(event.target.checked)}
          />
          <span>
            {t('admin.botsMustDeclare')}
            <span className="hint">{t('admin.botsMustDeclareHelp')}</span>
          </span>
        </label>
      ) : null}
      {mode !== null && mode !== 'open' ? (
        <p>
          <Link
            to={mode === 'invite' ? '/admin/invites' : '/admin/pending'}
            data-testid="admin-mode-next"
          >
            {t(mode === 'invite' ? 'invites.title' : 'pending.title')}
          </Link>
        </p>
      ) : null}
      <p aria-live="polite" className="success">
        {saved ? t('common.saved') : ''}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
