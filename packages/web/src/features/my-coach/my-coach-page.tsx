import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { CoachMe } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { changedAfterPause, choiceBars } from './coach-outcome-rules.ts';
import { DraftsList } from './drafts-list.tsx';
import { WaitingSummary } from './waiting-summary.tsx';
import { WeekTable } from './week-table.tsx';

const weeks = 12;

/** What the coach changed for this person: their own figures, seen by them alone. */
export function MyCoachPage(props: { accountId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [figures, setFigures] = useState<CoachMe | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation reloads on purpose
  useEffect(() => {
    let live = true;
    void api.coachMe(weeks).then((result) => {
      if (!live) return;
      if (result.ok) {
        setFigures(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, generation]);

  return (
    <>
      <PageHeader title={t('myCoach.title')}>
        <p className="hint">{t('myCoach.intro')}</p>
      </PageHeader>
      {!figures && !error ? <Loading /> : null}
      {error ? <ErrorNotice error={error} onRetry={() => setGeneration((g) => g + 1)} /> : null}
      {figures ? (
        <>
          <section className="card stack" aria-labelledby="my-coach-summary" data-testid="my-coach">
            <h2 id="my-coach-summary" className="section-title">
              {t('myCoach.summaryTitle', { weeks: figures.weeks })}
            </h2>
            <p data-testid="my-coach-stepped-in">
              {t('myCoach.steppedIn', {
                count: figures.stepped_in,
                posts: figures.posts_published,
              })}
            </p>
            {figures.stepped_in > 0 ? (
              <>
                <p data-testid="my-coach-changed">
                  {t('myCoach.changed', {
                    count: changedAfterPause(figures.outcomes),
                    pauses: figures.stepped_in,
                  })}
                </p>
                {figures.average_score_drop !== null ? (
                  <p>
                    {t('myCoach.drop', { value: Math.round(figures.average_score_drop * 100) })}
                  </p>
                ) : null}
                <h3 className="choices-title">{t('myCoach.choicesTitle')}</h3>
                <dl className="coach-outcomes" data-testid="coach-chart">
                  {choiceBars(figures.outcomes).map((bar) => (
                    <div key={bar.outcome} data-testid={`my-coach-outcome-${bar.outcome}`}>
                      <dt>{t(`outcome.${bar.outcome}`)}</dt>
                      <dd>{bar.count}</dd>
                      <span
                        className="choice-bar"
                        aria-hidden="true"
                        style={{ inlineSize: `${Math.round(bar.length * 100)}%` }}
                      />
                    </div>
                  ))}
                </dl>
              </>
            ) : (
              <p className="hint">{t('myCoach.noPause')}</p>
            )}
            {figures.hurtful_published > 0 ? (
              <p data-testid="my-coach-hurtful">
                {t('myCoach.hurtful', { count: figures.hurtful_published })}
              </p>
            ) : null}
          </section>
          <section className="card stack" aria-labelledby="my-coach-weeks">
            <h2 id="my-coach-weeks" className="section-title">
              {t('myCoach.weeksTitle')}
            </h2>
            <WeekTable weeks={figures.per_week} />
          </section>
        </>
      ) : null}
      <WaitingSummary ownerId={props.accountId} />
      <DraftsList ownerId={props.accountId} />
      <p>
        <Link to="/settings#coach">{t('myCoach.settingsLink')}</Link>
      </p>
    </>
  );
}
