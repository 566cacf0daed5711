import { Link } from 'react-router';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { useNow } from '../undo/use-now.ts';
import { ScheduledItem } from './scheduled-item.tsx';
import { isListed } from './scheduled-rules.ts';

// The server always offers a next page; a page shorter than asked is the last one.
const PAGE_SIZE = 20;

/** Posts sent for later: when each leaves, and a way to rewrite, move, send or cancel it. */
export function ScheduledPage(props: { accountId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const list = usePaginated(
    () => api.scheduledList({ limit: PAGE_SIZE }),
    `scheduled-page:${props.accountId}`,
  );
  // "in 4 min" stays true without a reload; ten seconds is fine enough for "now".
  const now = useNow(10_000);
  const items = list.items.filter(isListed);
  const more = list.hasMore && list.items.length > 0 && list.items.length % PAGE_SIZE === 0;

  return (
    <>
      <PageHeader title={t('scheduledPage.title')}>
        <p className="page-lede">{t('scheduledPage.lede')}</p>
      </PageHeader>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && items.length === 0 && !more ? (
        <EmptyState title={t('scheduledPage.emptyTitle')}>
          <p>{t('scheduledPage.emptyText')}</p>
          <Link to="/compose" className="button">
            {t('scheduledPage.emptyAction')}
          </Link>
        </EmptyState>
      ) : null}
      {list.status === 'ready' ? (
        <section aria-label={t('scheduledPage.title')}>
          <ul className="scheduled-list stack" aria-busy={list.loadingMore}>
            {items.map((item) => (
              <ScheduledItem
                key={item.id}
                item={item}
                now={now}
                onChange={(updated) => list.update(item.id, () => updated)}
                onRemove={list.remove}
              />
            ))}
          </ul>
          <div className="feed-end" aria-live="polite">
            {more ? (
              <button
                type="button"
                className="button button-quiet"
                data-testid="load-more"
                disabled={list.loadingMore}
                onClick={list.loadMore}
              >
                {list.loadingMore ? t('common.loading') : t('scheduledPage.loadMore')}
              </button>
            ) : null}
          </div>
        </section>
      ) : null}
    </>
  );
}
