import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Draft } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { formatRelativeTime } from '../../ui/format-time.ts';

/** Drafts kept on the server (only when the person chose to save one): open or delete. */
export function DraftsList(props: { ownerId: string }) {
  const api = useApi();
  const { t, language } = useI18n();
  const list = usePaginated<Draft>(() => api.drafts(), `drafts:${props.ownerId}`);
  const [error, setError] = useState<ApiError | null>(null);

  const remove = async (draft: Draft) => {
    const result = await api.deleteDraft(draft.id);
    if (result.ok) {
      setError(null);
      list.remove(draft.id);
    } else setError(result.error);
  };

  return (
    <section className="card stack" aria-labelledby="drafts-title">
      <h2 id="drafts-title" className="section-title">
        {t('drafts.title')}
      </h2>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <p className="hint">{t('drafts.empty')}</p>
      ) : null}
      {list.items.length > 0 ? (
        <ul className="drafts">
          {list.items.map((draft) => (
            <li key={draft.id} className="draft" data-testid="draft">
              <p className="draft-text" dir="auto" lang={draft.language ?? undefined}>
                {draft.text}
              </p>
              <p className="hint">
                {t('drafts.savedAgo', {
                  when: formatRelativeTime(draft.updated_at, Date.now(), language),
                })}
              </p>
              <div className="draft-actions">
                <Link
                  to={`/compose?draft=${encodeURIComponent(draft.id)}`}
                  className="button button-small"
                  data-testid="draft-open"
                >
                  {t('drafts.open')}
                </Link>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  data-testid="draft-delete"
                  onClick={() => void remove(draft)}
                >
                  {t('drafts.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasMore ? (
        <button
          type="button"
          className="button button-quiet"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {t('timeline.loadMore')}
        </button>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
