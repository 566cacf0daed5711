import type { Spotlight } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { SpotlightItem } from './profile-giving.tsx';

/** The instance's spotlights of the past seven days: who was valued, by whom, and why. */
export function SpotlightsWeekPage() {
  const api = useApi();
  const { t } = useI18n();
  const list = usePaginated<Spotlight>(() => api.weekSpotlights(), 'spotlights-week');
  return (
    <>
      <PageHeader title={t('spotlights.weekTitle')}>
        <p className="page-lede">{t('spotlights.weekLede')}</p>
      </PageHeader>
      {list.status === 'loading' ? <Loading /> : null}
      {list.error ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('spotlights.weekEmpty')} />
      ) : null}
      <ul className="link-list">
        {list.items.map((s) => (
          <SpotlightItem key={s.id} spotlight={s} />
        ))}
      </ul>
      {list.hasMore ? (
        <button type="button" className="button button-quiet" onClick={list.loadMore}>
          {t('calls.more')}
        </button>
      ) : null}
    </>
  );
}
