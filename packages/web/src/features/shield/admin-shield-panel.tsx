import { type FormEvent, useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { SHIELD_SENSITIVITIES, type ShieldDefaults } from './shield.types.ts';

/** The instance's shield defaults, for admins: sensitivity and the quiet period. */
export function AdminShieldPanel() {
  const api = useApi();
  const { t } = useI18n();
  const [defaults, setDefaults] = useState<ShieldDefaults | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void api.adminShieldDefaults().then((r) => (r.ok ? setDefaults(r.value) : setError(r.error)));
  }, [api]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!defaults) return;
    const result = await api.saveAdminShieldDefaults(defaults);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDefaults(result.value);
    setSaved(true);
  };

  return (
    <section className="card stack" aria-labelledby="admin-shield" data-testid="admin-shield">
      <h2 id="admin-shield" className="section-title">
        {t('adminShield.title')}
      </h2>
      <p className="hint">{t('adminShield.intro')}</p>
      {!defaults && !error ? <Loading /> : null}
      {defaults ? (
        <form className="stack" onSubmit={save}>
          <label className="field field-inline">
            <span>{t('shield.sensitivity')}</span>
            <select
              value={defaults.sensitivity}
              onChange={(event) => {
                const value = SHIELD_SENSITIVITIES.find((s) => s === event.target.value);
                if (value) setDefaults({ ...defaults, sensitivity: value });
              }}
            >
              {SHIELD_SENSITIVITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`shield.sensitivity.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-inline">
            <span>{t('adminShield.quietHours')}</span>
            <input
              type="number"
              min={1}
              max={336}
              required
              value={defaults.quiet_hours}
              onChange={(event) =>
                setDefaults({ ...defaults, quiet_hours: Number(event.target.value) })
              }
            />
          </label>
          <button type="submit" className="button">
            {t('common.save')}
          </button>
        </form>
      ) : null}
      <p aria-live="polite" className="success">
        {saved ? t('common.saved') : ''}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
