import { useEffect, useId, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { CallPublishers } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';

const choices: readonly CallPublishers[] = ['everyone', 'moderators', 'admins'];

/** Admins choose who may publish a call to action on the instance. */
export function AdminCallsPanel() {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const [publishers, setPublishers] = useState<CallPublishers | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void api
      .callSettings()
      .then((r) => (r.ok ? setPublishers(r.value.publishers) : setError(r.error)));
  }, [api]);
  const choose = async (value: CallPublishers) => {
    const done = await api.saveCallSettings(value);
    if (!done.ok) return setError(done.error);
    setPublishers(done.value.publishers);
    setSaved(t('common.saved'));
  };
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t('calls.admin.title')}
      </h2>
      <fieldset className="stack">
        <legend>{t('calls.admin.who')}</legend>
        {choices.map((value) => (
          <label key={value} className="field field-inline">
            <input
              type="radio"
              name={`${id}-publishers`}
              data-testid={`admin-calls-${value}`}
              checked={publishers === value}
              onChange={() => void choose(value)}
            />
            <span>{t(`calls.admin.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {error ? <ErrorNotice error={error} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {saved}
      </p>
    </section>
  );
}
