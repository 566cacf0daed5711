import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { CoachSettings, Sensitivity } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';

const sensitivities: readonly Sensitivity[] = ['off', 'low', 'medium', 'high'];

/**
 * The coach's settings: a person's own (`scope="me"`) or the instance defaults an admin sets
 * (`scope="instance"`), same shape on both routes.
 */
export function CoachSettingsPanel(props: { scope: 'me' | 'instance' }) {
  const api = useApi();
  const { t } = useI18n();
  const id = useId();
  const mine = props.scope === 'me';
  const [settings, setSettings] = useState<CoachSettings | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void (mine ? api.coachSettings() : api.adminCoachSettings()).then((result) => {
      if (result.ok) setSettings(result.value);
      else setError(result.error);
    });
  }, [api, mine]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!settings) return;
    setSaving(true);
    setSaved(false);
    const patch = {
      coach_enabled: settings.coach_enabled,
      sensitivity: settings.sensitivity,
      cool_down_minutes: settings.cool_down_minutes,
      undo_seconds: settings.undo_seconds,
    };
    const result = await (mine ? api.saveCoachSettings(patch) : api.saveAdminCoachSettings(patch));
    setSaving(false);
    if (result.ok) {
      setSettings(result.value);
      setError(null);
      setSaved(true);
    } else setError(result.error);
  };

  const change = (next: Partial<CoachSettings>) => {
    setSaved(false);
    setSettings((current) => (current ? { ...current, ...next } : current));
  };

  const titleId = `${id}-title`;
  const testId = (name: string) => (mine ? name : `admin-${name}`);
  return (
    <section className="card stack" aria-labelledby={titleId} id={mine ? 'coach' : undefined}>
      <h2 id={titleId} className="section-title">
        {mine ? t('coachSettings.title') : t('coachSettings.instanceTitle')}
      </h2>
      <p className="hint">{mine ? t('coachSettings.intro') : t('coachSettings.instanceIntro')}</p>
      {!settings && !error ? <Loading /> : null}
      {settings ? (
        <form className="stack" onSubmit={save}>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid={testId('coach-enabled')}
              checked={settings.coach_enabled}
              onChange={(event) => change({ coach_enabled: event.target.checked })}
            />
            <span>
              {t('coachSettings.enabled')}
              <span className="hint">{t('coachSettings.enabledHelp')}</span>
            </span>
          </label>
          <label className="field">
            <span>{t('coachSettings.sensitivity')}</span>
            <select
              data-testid={testId('coach-sensitivity')}
              value={settings.sensitivity}
              aria-describedby={`${id}-sensitivity-help`}
              onChange={(event) => change({ sensitivity: event.target.value as Sensitivity })}
            >
              {sensitivities.map((value) => (
                <option key={value} value={value}>
                  {t(`sensitivity.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="hint" id={`${id}-sensitivity-help`}>
            {t(`sensitivity.${settings.sensitivity}.help`)}
          </p>
          <label className="field field-inline">
            <span>{t('coachSettings.coolDown')}</span>
            <input
              type="number"
              min={1}
              max={1440}
              required
              data-testid={testId('coach-cool-down')}
              value={settings.cool_down_minutes}
              onChange={(event) => change({ cool_down_minutes: Number(event.target.value) })}
            />
          </label>
          <label className="field field-inline">
            <span>{t('coachSettings.undo')}</span>
            <input
              type="number"
              min={0}
              max={300}
              required
              data-testid={testId('coach-undo')}
              value={settings.undo_seconds}
              onChange={(event) => change({ undo_seconds: Number(event.target.value) })}
            />
          </label>
          <button
            type="submit"
            className="button"
            data-testid={testId('coach-save')}
            disabled={saving}
          >
            {saving ? t('common.saving') : t('common.save')}
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
