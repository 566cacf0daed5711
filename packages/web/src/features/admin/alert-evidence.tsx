import { Link } from 'react-router';
import type { Alert } from '../../api/admin-endpoints.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatFullTime } from '../../ui/format-time.ts';

/** What the detector saw, in words a moderator reads at a glance, with the posts to check. */
export function AlertEvidenceView(props: { alert: Alert }) {
  const { t, language } = useI18n();
  const { kind, evidence: e } = props.alert;
  const time = (iso: string | undefined) => (iso ? formatFullTime(iso, language) : '?');
  const lines: string[] = [];
  switch (kind) {
    case 'undeclared_automation':
      lines.push(
        t('alerts.evidence.cadence', {
          posts: e.posts_24h ?? 0,
          perMinute: e.max_per_minute ?? 0,
          hours: e.hours_with_posts ?? 0,
        }),
      );
      if (e.signals?.includes('regular_cadence') && typeof e.interval_cv === 'number') {
        lines.push(
          t('alerts.evidence.regularity', {
            seconds: e.mean_interval_seconds ?? 0,
            cv: e.interval_cv,
          }),
        );
      }
      for (const signal of e.signals ?? []) {
        if (signal === 'many_per_minute') lines.push(t('alerts.signal.many_per_minute'));
        if (signal === 'regular_cadence') lines.push(t('alerts.signal.regular_cadence'));
        if (signal === 'around_the_clock') lines.push(t('alerts.signal.around_the_clock'));
      }
      if (e.bots_must_declare) lines.push(t('alerts.evidence.mustDeclare'));
      break;
    case 'copy_paste':
      lines.push(
        t('alerts.evidence.copy', {
          posts: e.posts_in_window ?? 0,
          minutes: e.window_minutes ?? 0,
          similarity: Math.round((e.min_similarity ?? 0) * 100),
          from: time(e.first_at),
          to: time(e.last_at),
        }),
      );
      break;
    case 'convergence':
      lines.push(
        t('alerts.evidence.convergence', {
          target: e.target_acct ?? '?',
          newcomers: e.newcomers ?? 0,
          everyone: e.accounts_in_window ?? 0,
          minutes: e.window_minutes ?? 0,
        }),
      );
      break;
    case 'signup_burst':
      lines.push(
        t('alerts.evidence.burst', {
          count: e.signups_in_window ?? 0,
          minutes: e.window_minutes ?? 0,
          usual: e.usual_per_window ?? 0,
          from: time(e.first_at),
          to: time(e.last_at),
        }),
      );
      break;
    default: {
      const unexpected: never = kind;
      lines.push(String(unexpected));
    }
  }
  return (
    <div className="stack" data-testid="alert-evidence">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {e.text ? <blockquote dir="auto">{e.text}</blockquote> : null}
      {e.target_acct ? (
        <p>
          <Link to={`/@${e.target_acct}`}>{t('alerts.openTarget', { target: e.target_acct })}</Link>
        </p>
      ) : null}
      {e.post_ids && e.post_ids.length > 0 ? (
        <details>
          <summary>{t('alerts.posts', { count: e.post_ids.length })}</summary>
          <ul className="link-list">
            {e.post_ids.slice(0, 20).map((id) => (
              <li key={id}>
                <Link to={`/statuses/${id}`}>{t('alerts.post', { id })}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
