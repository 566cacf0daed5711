import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatRelativeTime } from '../../ui/format-time.ts';
import type { ShieldStatus } from './shield.types.ts';

/** One calm sentence on where the shield stands, and what waits. */
export function ShieldState(props: { status: ShieldStatus; name?: string }) {
  const { status, name } = props;
  const { t, language } = useI18n();
  const who = name ? 'Other' : 'Mine';
  return (
    <div
      className={`shield-state${status.active ? ' shield-on' : ''}`}
      data-testid="shield-state"
      data-active={status.active}
    >
      <p>
        <strong>
          {status.active
            ? t(`shield.state.on${who}`, { name: name ?? '' })
            : t(`shield.state.off${who}`, { name: name ?? '' })}
        </strong>
        {status.active && status.activated_at ? (
          <>
            {' '}
            <span className="muted">
              {t(status.reason === 'surge' ? 'shield.since.surge' : 'shield.since.manual', {
                when: formatRelativeTime(status.activated_at, Date.now(), language),
              })}
            </span>
          </>
        ) : null}
      </p>
      <p data-testid="shield-held-count">{t('shield.waiting', { count: status.held_count })}</p>
    </div>
  );
}
