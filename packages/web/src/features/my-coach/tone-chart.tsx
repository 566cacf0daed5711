import { useId } from 'react';
import type { CoachWeek } from '../../api/empathie.types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { type ChartBox, linePath, scaleTone } from './chart-scale.ts';

const box: ChartBox = { width: 600, height: 220, top: 16, right: 16, bottom: 32, left: 40 };

/**
 * Weekly average and highest hostility of the person's own posts. The SVG is a picture for the
 * eye (lines told apart by dash, not only colour); the table below carries the same figures for
 * screen readers and anyone who prefers numbers.
 */
export function ToneChart(props: { weeks: readonly CoachWeek[] }) {
  const { t, language } = useI18n();
  const id = useId();
  const geometry = scaleTone(props.weeks, box);
  const weekLabel = (week: string) =>
    new Date(`${week}T00:00:00Z`).toLocaleDateString(language, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
  const cell = (value: number | null) =>
    value === null ? t('myCoach.none') : t('myCoach.percent', { value: Math.round(value * 100) });
  const labelEvery = Math.max(1, Math.ceil(props.weeks.length / 6));

  return (
    <figure className="tone-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{t('myCoach.chartCaption')}</figcaption>
      <svg
        viewBox={`0 0 ${box.width} ${box.height}`}
        role="img"
        aria-label={t('myCoach.chartAlt')}
        data-testid="coach-chart"
      >
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={box.left}
              x2={box.width - box.right}
              y1={tick.y}
              y2={tick.y}
              className="grid"
            />
            <text x={box.left - 6} y={tick.y + 4} textAnchor="end">
              {t('myCoach.percent', { value: tick.value * 100 })}
            </text>
          </g>
        ))}
        {props.weeks.map((week, index) =>
          index % labelEvery === 0 ? (
            <text key={week.week} x={geometry.xs[index]} y={box.height - 8} textAnchor="middle">
              {weekLabel(week.week)}
            </text>
          ) : null,
        )}
        <path d={linePath(geometry.max)} className="line-max" />
        <path d={linePath(geometry.average)} className="line-average" />
        {geometry.max.map((point, index) =>
          point ? (
            <rect
              // biome-ignore lint/suspicious/noArrayIndexKey: one point per week, in order
              key={index}
              x={point.x - 3.5}
              y={point.y - 3.5}
              width={7}
              height={7}
              className="dot-max"
            />
          ) : null,
        )}
        {geometry.average.map((point, index) =>
          point ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: one point per week, in order
            <circle key={index} cx={point.x} cy={point.y} r={3.5} className="dot-average" />
          ) : null,
        )}
      </svg>
      <p className="tone-legend" aria-hidden="true">
        <span className="legend-average">{t('myCoach.average')}</span>
        <span className="legend-max">{t('myCoach.max')}</span>
      </p>
      <table className="data-table">
        <caption className="visually-hidden">{t('myCoach.chartCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('myCoach.week')}</th>
            <th scope="col">{t('myCoach.posts')}</th>
            <th scope="col">{t('myCoach.average')}</th>
            <th scope="col">{t('myCoach.max')}</th>
            <th scope="col">{t('myCoach.steppedInWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {props.weeks.map((week) => (
            <tr key={week.week}>
              <th scope="row">{weekLabel(week.week)}</th>
              <td>{week.posts}</td>
              <td>{cell(week.average_toxicity)}</td>
              <td>{cell(week.max_toxicity)}</td>
              <td>{week.stepped_in}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
