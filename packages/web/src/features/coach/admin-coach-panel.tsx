import { useEffect, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { type AdminCoachStats, OUTCOMES } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { CoachSettingsPanel } from './coach-settings-panel.tsx';

/** The instance's coach, for admins: anonymous figures (small groups withheld) and defaults. */
export function AdminCoachPanel() {
  const api = useApi();
  const { t } = useI18n();
  const [stats, setStats] = useState<AdminCoachStats | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    void api.adminCoachStats(12).then((result) => {
      if (result.ok) setStats(result.value);
      else setError(result.error);
    });
  }, [api]);

  const pct = (value: number) => t('myCoach.percent', { value: Math.round(value * 100) });
  return (
    <>
      <section className="card stack" aria-labelledby="admin-coach-stats" data-testid="admin-coach">
        <h2 id="admin-coach-stats" className="section-title">
          {t('adminCoach.title')}
        </h2>
        {!stats && !error ? <Loading /> : null}
        {stats ? (
          <>
            <p>{t('adminCoach.pauses', { count: stats.pauses, weeks: stats.weeks })}</p>
            {stats.shares ? (
              <dl className="coach-outcomes">
                {OUTCOMES.map((outcome) => (
                  <div key={outcome}>
                    <dt>{t(`outcome.${outcome}`)}</dt>
                    <dd>{pct(stats.shares?.[outcome] ?? 0)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="hint">{t('adminCoach.withheld', { min: stats.min_group })}</p>
            )}
            {stats.average_score_drop !== null ? (
              <p>{t('myCoach.drop', { value: Math.round(stats.average_score_drop * 100) })}</p>
            ) : null}
          </>
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
      </section>
      <CoachSettingsPanel scope="instance" />
    </>
  );
}
