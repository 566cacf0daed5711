import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** On the notifications page: how many senders wait, set aside by the person's own policy. */
export function SetAsideLink() {
  const api = useApi();
  const { t } = useI18n();
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    let active = true;
    void api.notificationPolicy().then((result) => {
      if (active && result.ok) setWaiting(result.value.summary.pending_requests_count);
    });
    return () => {
      active = false;
    };
  }, [api]);
  if (waiting === 0) return null;
  return (
    <p>
      <Link to="/notifications/requests" data-testid="notifications-set-aside">
        {t('notificationRequests.link', { count: waiting })}
      </Link>
    </p>
  );
}
