import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Notification } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { BotLabel } from '../../ui/bot-label.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatRelativeTime } from '../../ui/format-time.ts';
import { useMe } from '../auth/session-context.tsx';
import { CircleNoticeLink } from '../circles/circle-notice.tsx';
import { SetAsideLink } from '../notification-requests/set-aside-link.tsx';
import { ShieldNotice, shieldNoticeKind } from '../shield/shield-notice.tsx';
import { StatusCard } from '../status/status-card.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';
import { isNewer, notificationKind } from './notification-helpers.ts';

export function NotificationsPage(props: { onRead: () => void }) {
  const { onRead } = props;
  const api = useApi();
  const me = useMe();
  const { t } = useI18n();
  const list = usePaginated(() => api.notifications(), `notifications:${me?.id ?? ''}`);
  // The read position as it was when the page opened: what was new stays highlighted meanwhile.
  const [lastRead, setLastRead] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    void api.markers().then((result) => {
      setLastRead(result.ok ? (result.value.notifications?.last_read_id ?? null) : null);
    });
  }, [api]);

  const newest = list.items[0]?.id;
  useEffect(() => {
    if (!newest || lastRead === undefined || !isNewer(newest, lastRead)) return;
    void api.markNotificationsRead(newest).then((result) => {
      if (result.ok) onRead();
    });
  }, [api, newest, lastRead, onRead]);

  return (
    <>
      <PageHeader title={t('notifications.title')} />
      <SetAsideLink />
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('notifications.emptyTitle')}>
          <p>{t('notifications.emptyText')}</p>
          <Link to="/local" className="button">
            {t('notifications.emptyAction')}
          </Link>
        </EmptyState>
      ) : null}
      {list.items.length > 0 && me ? (
        <section aria-label={t('notifications.title')}>
          <ol className="notifications">
            {list.items.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                myId={me.id}
                unread={lastRead !== undefined && isNewer(notification.id, lastRead)}
                onStatusChange={(status) => list.update(notification.id, (n) => ({ ...n, status }))}
              />
            ))}
          </ol>
          <div className="feed-end" aria-live="polite">
            {list.hasMore ? (
              <button
                type="button"
                className="button button-quiet"
                data-testid="load-more"
                disabled={list.loadingMore}
                onClick={list.loadMore}
              >
                {t('timeline.loadMore')}
              </button>
            ) : (
              <p className="caught-up">{t('notifications.caughtUp')}</p>
            )}
          </div>
        </section>
      ) : null}
    </>
  );
}

function NotificationItem(props: {
  notification: Notification;
  myId: string;
  unread: boolean;
  onStatusChange: (status: Notification['status']) => void;
}) {
  const { notification, myId, unread, onStatusChange } = props;
  const { t, language } = useI18n();
  const kind = notificationKind(notification, myId);
  const shieldKind = shieldNoticeKind(notification.type);
  const name = displayName(notification.account);
  return (
    <li
      className={`notification${unread ? ' notification-unread' : ''}`}
      data-testid="notification"
      data-type={kind}
    >
      <p className="notification-line">
        <Link to={profilePath(notification.account)} className="notification-who">
          <Avatar account={notification.account} />
          <span>{t(`notifications.kind.${kind}`, { name })}</span>
          <BotLabel account={notification.account} />
        </Link>
        {unread ? <span className="badge badge-new">{t('notifications.new')}</span> : null}
        <time dateTime={notification.created_at}>
          {formatRelativeTime(notification.created_at, Date.now(), language)}
        </time>
      </p>
      {kind === 'follow_request' ? (
        <Link to="/follow-requests">{t('notifications.reviewRequests')}</Link>
      ) : null}
      {kind === 'statement' || kind === 'appeal' ? (
        <Link to="/statements" data-testid="notification-statements">
          {t('notifications.readStatement')}
        </Link>
      ) : null}
      {shieldKind ? <ShieldNotice notification={notification} kind={shieldKind} /> : null}
      <CircleNoticeLink notification={notification} myId={myId} />
      {notification.status ? (
        <StatusCard
          status={notification.status}
          onChange={onStatusChange}
          onDelete={() => onStatusChange(null)}
        />
      ) : null}
    </li>
  );
}
