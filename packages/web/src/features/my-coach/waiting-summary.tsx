import { Link } from 'react-router';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { isListed } from '../scheduled/scheduled-rules.ts';

// The server always offers a next page; a full page means there may be more.
const PAGE_SIZE = 20;

/**
 * How many posts wait to be sent, linking to /scheduled: that page is the one place where they
 * are rewritten, moved or cancelled. Counted as that page lists them; hidden when none wait or
 * the server does not schedule posts.
 */
export function WaitingSummary(props: { ownerId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const list = usePaginated(
    () => api.scheduledList({ limit: PAGE_SIZE }),
    `my-coach-waiting:${props.ownerId}`,
  );
  if (list.status !== 'ready') return null;
  const count = list.items.filter(isListed).length;
  if (count === 0) return null;
  const more = list.hasMore && list.items.length % PAGE_SIZE === 0;
  return (
    <p className="card" data-testid="my-coach-waiting">
      <Link to="/scheduled" data-testid="my-coach-waiting-link">
        {count === 1 && !more
          ? t('myCoach.waitingOne')
          : t('myCoach.waitingMany', { count: more ? `${count}+` : count })}
      </Link>
    </p>
  );
}
