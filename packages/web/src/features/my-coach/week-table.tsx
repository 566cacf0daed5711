import type { CoachWeek } from '../../api/empathie.types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { weekRows } from './coach-outcome-rules.ts';

/**
 * Week by week, in counts a person can check against their memory: posts, pauses, how many of
 * those pauses changed the post, and how many posts that may hurt went out. On a phone each week
 * becomes a small card of labelled counts (styles/coach.css), so it fits 320 px without scrolling.
 */
export function WeekTable(props: { weeks: readonly CoachWeek[] }) {
  const { t, language } = useI18n();
  const rows = weekRows(props.weeks);
  if (rows.length === 0) return <p className="hint">{t('myCoach.noWeek')}</p>;
  const weekLabel = (week: string) =>
    new Date(`${week}T00:00:00Z`).toLocaleDateString(language, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  return (
    <table className="data-table week-table" data-testid="my-coach-weeks">
      <caption className="visually-hidden">{t('myCoach.weeksTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('myCoach.week')}</th>
          <th scope="col">{t('myCoach.posts')}</th>
          <th scope="col">{t('myCoach.steppedInWeek')}</th>
          <th scope="col">{t('myCoach.changedWeek')}</th>
          <th scope="col">{t('myCoach.hurtfulWeek')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.week}>
            <th scope="row">{weekLabel(row.week)}</th>
            <td data-label={t('myCoach.posts')}>{row.posts}</td>
            <td data-label={t('myCoach.steppedInWeek')}>{row.pauses}</td>
            <td data-label={t('myCoach.changedWeek')}>{row.changed}</td>
            <td data-label={t('myCoach.hurtfulWeek')}>{row.hurtful}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
