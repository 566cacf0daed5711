import { Link } from 'react-router';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, PageHeader } from '../../ui/feedback.tsx';
import { AnnouncementBanner } from '../announcements/announcement-banner.tsx';
import { useMe } from '../auth/session-context.tsx';
import { ComposeForm } from '../compose/compose-form.tsx';
import { NewPostsBar } from '../live/new-posts-bar.tsx';
import { useLiveTimeline } from '../live/use-live-timeline.ts';
import { StatusList } from '../status/status-list.tsx';

export function HomePage() {
  const api = useApi();
  const { t } = useI18n();
  const me = useMe();
  const list = usePaginated(() => api.homeTimeline(), `home:${me?.id ?? ''}`);
  const live = useLiveTimeline('user', list, (sinceId) => api.homeTimeline({ since_id: sinceId }));
  return (
    <>
      <PageHeader title={t('timeline.home')} />
      <AnnouncementBanner />
      {/* On phones the composer is one tap away (Write) and the timeline gets the screen. */}
      <div className="home-compose">
        <ComposeForm onPosted={list.prepend} />
      </div>
      <NewPostsBar count={live.pending} onShow={live.show} />
      <StatusList
        list={list}
        label={t('timeline.home')}
        empty={
          <EmptyState title={t('timeline.homeEmptyTitle')}>
            <p>{t('timeline.homeEmptyText')}</p>
            <Link to="/local" className="button">
              {t('timeline.homeEmptyAction')}
            </Link>
          </EmptyState>
        }
      />
    </>
  );
}

export function LocalPage() {
  const api = useApi();
  const { t } = useI18n();
  const me = useMe();
  const list = usePaginated(() => api.localTimeline(), `local:${me?.id ?? ''}`);
  const live = useLiveTimeline('public:local', list, (sinceId) =>
    api.localTimeline({ since_id: sinceId }),
  );
  return (
    <>
      <PageHeader title={t('timeline.local')}>
        <p className="page-lede">{t('timeline.localLede')}</p>
      </PageHeader>
      <NewPostsBar count={live.pending} onShow={live.show} />
      <StatusList
        list={list}
        label={t('timeline.local')}
        empty={
          <EmptyState title={t('timeline.localEmptyTitle')}>
            <p>{t('timeline.localEmptyText')}</p>
            {me ? (
              <Link to="/compose" className="button">
                {t('timeline.localEmptyAction')}
              </Link>
            ) : null}
          </EmptyState>
        }
      />
    </>
  );
}
