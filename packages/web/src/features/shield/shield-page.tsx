import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { HeldFolder } from './held-folder.tsx';
import {
  SHIELD_MODES,
  SHIELD_SENSITIVITIES,
  type ShieldChange,
  type ShieldStatus,
} from './shield.types.ts';
import { ShieldState } from './shield-status.tsx';

/** My shield: where it stands, how it behaves, and the folder of what it holds. */
export function ShieldPage() {
  const api = useApi();
  const { t } = useI18n();
  const [status, setStatus] = useState<ShieldStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  const refresh = useCallback(() => {
    void api.shield().then((result) => {
      if (result.ok) setStatus(result.value);
      else setError(result.error);
    });
  }, [api]);
  useEffect(refresh, [refresh]);

  const save = async (change: ShieldChange) => {
    setSaved(false);
    const result = await api.saveShield(change);
    if (!result.ok) return setError(result.error);
    setError(null);
    setStatus(result.value);
    setSaved(true);
  };

  return (
    <>
      <PageHeader title={t('shield.title')}>
        <p className="page-lede">{t('shield.lede')}</p>
      </PageHeader>
      {error ? <ErrorNotice error={error} onRetry={refresh} /> : null}
      {!status && !error ? <Loading /> : null}
      {status ? (
        <section
          className="card stack"
          aria-labelledby="shield-settings"
          data-testid="shield-settings"
        >
          <h2 id="shield-settings" className="section-title">
            {t('shield.settingsTitle')}
          </h2>
          <ShieldState status={status} />
          <fieldset className="stack">
            <legend>{t('shield.mode')}</legend>
            {SHIELD_MODES.map((mode) => (
              <label key={mode} className="checkbox">
                <input
                  type="radio"
                  name="shield-mode"
                  value={mode}
                  data-testid={`shield-mode-${mode}`}
                  checked={status.mode === mode}
                  onChange={() => save({ mode })}
                />
                <span>
                  {t(`shield.mode.${mode}`)}
                  <span className="hint">{t(`shield.mode.${mode}.help`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <label className="field field-inline">
            <span>{t('shield.sensitivity')}</span>
            <select
              data-testid="shield-sensitivity"
              value={status.sensitivity_is_default ? '' : status.sensitivity}
              onChange={(event) => {
                const value = SHIELD_SENSITIVITIES.find((s) => s === event.target.value);
                void save({ sensitivity: value ?? null });
              }}
            >
              <option value="">
                {t('shield.sensitivity.default', {
                  value: t(`shield.sensitivity.${status.sensitivity}`),
                })}
              </option>
              {SHIELD_SENSITIVITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`shield.sensitivity.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">{t('shield.sensitivity.help')}</p>
          <p aria-live="polite" className="success">
            {saved ? t('common.saved') : ''}
          </p>
          <p>
            <Link to="/allies">{t('shield.alliesLink')}</Link>
          </p>
        </section>
      ) : null}
      <HeldFolder onChange={refresh} />
    </>
  );
}
