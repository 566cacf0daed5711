import { useParams } from 'react-router';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, PageHeader } from '../../ui/feedback.tsx';
import { StatusList } from '../status/status-list.tsx';

export function HashtagPage() {
  const { tag = '' } = useParams();
  const api = useApi();
  const { t } = useI18n();
  const list = usePaginated(() => api.tagTimeline(tag), `tag:${tag}`);
  return (
    <>
      <PageHeader title={`#${tag}`}>
        <p className="page-lede">{t('hashtag.lede', { tag })}</p>
      </PageHeader>
      <StatusList
        list={list}
        label={t('hashtag.label', { tag })}
        empty={
          <EmptyState title={t('hashtag.emptyTitle', { tag })}>
            <p>{t('hashtag.emptyText', { tag })}</p>
          </EmptyState>
        }
      />
    </>
  );
}
