import type { ReactNode } from 'react';
import type { Status } from '../../api/mastodon.types.ts';
import type { Paginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { StatusCard } from './status-card.tsx';

// Every timeline ends: instead of an endless scroll, the last page says so plainly.
export function StatusList(props: { list: Paginated<Status>; empty: ReactNode; label: string }) {
  const { list, empty, label } = props;
  const { t } = useI18n();

  if (list.status === 'loading') return <Loading />;
  if (list.status === 'error' && list.error) {
    return <ErrorNotice error={list.error} onRetry={list.reload} />;
  }
  if (list.items.length === 0) return <>{empty}</>;

  return (
    <section aria-label={label}>
      <div className="feed" aria-busy={list.loadingMore}>
        {list.items.map((status) => (
          <StatusCard
            key={status.id}
            status={status}
            onChange={(updated) => list.update(status.id, () => updated)}
            onDelete={list.remove}
          />
        ))}
      </div>
      <div className="feed-end" aria-live="polite">
        {list.error ? <ErrorNotice error={list.error} onRetry={list.loadMore} /> : null}
        {list.hasMore ? (
          <button
            type="button"
            className="button button-quiet"
            data-testid="load-more"
            disabled={list.loadingMore}
            onClick={list.loadMore}
          >
            {list.loadingMore ? t('common.loading') : t('timeline.loadMore')}
          </button>
        ) : (
          <p className="caught-up" data-testid="caught-up">
            {t('timeline.caughtUp')}
          </p>
        )}
      </div>
    </section>
  );
}
