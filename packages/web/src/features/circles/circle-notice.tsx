import { Link } from 'react-router';
import type { Notification } from '../../api/mastodon.types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * The way into a support circle from a notification: the person's own circle (offered,
 * a message, answered) or the circle of the person who asks for support or thanked me.
 */
export function CircleNoticeLink(props: { notification: Notification; myId: string }) {
  const { notification, myId } = props;
  const { t } = useI18n();
  const type = notification.type;
  if (!type.startsWith('empathie.circle.')) return null;
  const mine = type === 'empathie.circle.suggested' || type === 'empathie.circle.message';
  const accountId = mine ? myId : notification.account.id;
  const label =
    type === 'empathie.circle.suggested'
      ? 'circles.notice.open'
      : type === 'empathie.circle.request'
        ? 'circles.notice.write'
        : 'circles.notice.see';
  return (
    <Link to={`/circles/for/${accountId}`} data-testid="circle-notice-link">
      {t(label)}
    </Link>
  );
}
