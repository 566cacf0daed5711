import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Notification } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { displayName } from '../status/status-helpers.ts';

export type ShieldNoticeKind = 'shield' | 'shield_ally' | 'shield_off' | 'ally_invitation';

/** Empathie's shield notifications → the kind the notifications list shows. */
export function shieldNoticeKind(type: string): ShieldNoticeKind | null {
  switch (type) {
    case 'empathie.shield':
      return 'shield';
    case 'empathie.shield.ally':
      return 'shield_ally';
    case 'empathie.shield.off':
      return 'shield_off';
    case 'empathie.ally.invitation':
      return 'ally_invitation';
    default:
      return null;
  }
}

/**
 * The one calm notice that replaces a flood: how many messages wait (read now, so it stays
 * true as the folder fills), that allies were told, that nothing is lost. Allies get theirs,
 * with the way to help.
 */
export function ShieldNotice(props: { notification: Notification; kind: ShieldNoticeKind }) {
  const { notification, kind } = props;
  const api = useApi();
  const { t } = useI18n();
  const [count, setCount] = useState<number | null>(null);
  const [hasAllies, setHasAllies] = useState(false);

  useEffect(() => {
    if (kind === 'shield_ally' || kind === 'ally_invitation') return;
    void api.shield().then((result) => {
      if (result.ok) setCount(result.value.held_count);
    });
    void api.allies().then((result) => {
      if (result.ok) setHasAllies(result.value.some((a) => a.state === 'active'));
    });
  }, [api, kind]);

  if (kind === 'ally_invitation') {
    return (
      <p className="shield-notice" data-testid="shield-notice">
        {t('allies.invitation', { name: displayName(notification.account) })}{' '}
        <Link to="/allies">{t('shield.notice.answer')}</Link>
      </p>
    );
  }
  if (kind === 'shield_ally') {
    const name = displayName(notification.account);
    return (
      <p className="shield-notice" data-testid="shield-notice">
        {t('shield.notice.ally', { name })}{' '}
        <Link to={`/shield/for/${encodeURIComponent(notification.account.id)}`}>
          {t('shield.notice.allyAction', { name })}
        </Link>
      </p>
    );
  }
  const n = count ?? 0;
  return (
    <p className="shield-notice" data-testid="shield-notice">
      {kind === 'shield'
        ? t(n === 1 ? 'shield.notice.on.one' : 'shield.notice.on', { count: n })
        : t(n === 1 ? 'shield.notice.off.one' : 'shield.notice.off', { count: n })}
      {kind === 'shield' && hasAllies ? ` ${t('shield.notice.alliesTold')}` : ''}{' '}
      {t('shield.notice.nothingLost')} <Link to="/shield">{t('shield.notice.review')}</Link>
      {kind === 'shield' ? (
        <>
          {' · '}
          {/* The support circle is offered here, in the one notice, never as a second one. */}
          <Link
            to={`/circles/for/${encodeURIComponent(notification.account.id)}`}
            data-testid="shield-notice-circle"
          >
            {t('circles.notice.open')}
          </Link>
        </>
      ) : null}
    </p>
  );
}
