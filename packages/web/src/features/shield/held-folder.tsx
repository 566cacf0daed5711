import { useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { EmptyState, ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { formatRelativeTime } from '../../ui/format-time.ts';
import { AddToDossier } from '../dossiers/add-to-dossier.tsx';
import { StatusCard } from '../status/status-card.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';
import type { HeldAction, HeldItem } from './shield.types.ts';

const ACTIONS: readonly HeldAction[] = ['approve', 'hide', 'report', 'block'];

/**
 * The held folder: what the shield kept back, newest first. The person reviews their own; an
 * ally with "review" reviews it for them (`forId`). Each decision leaves the list at once and
 * is said aloud for screen readers.
 */
export function HeldFolder(props: { forId?: string; onChange?: () => void }) {
  const { forId, onChange } = props;
  const api = useApi();
  const { t, language } = useI18n();
  const list = usePaginated<HeldItem>(() => api.heldFolder(forId), `held:${forId ?? 'me'}`);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState<string | null>(null);

  const act = async (item: HeldItem, action: HeldAction) => {
    setBusy(item.id);
    const result = await api.actOnHeld(item.id, action, forId);
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    list.remove(item.id);
    setAnnouncement(t(`held.done.${action}`, { name: displayName(item.account) }));
    onChange?.();
  };

  return (
    <section className="card stack" aria-labelledby="held-title" data-testid="held-folder">
      <h2 id="held-title" className="section-title">
        {t('held.title')}
      </h2>
      <p className="hint">{t(forId ? 'held.introAlly' : 'held.intro')}</p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('held.emptyTitle')}>
          <p>{t('held.emptyText')}</p>
        </EmptyState>
      ) : null}
      <ol className="held-list">
        {list.items.map((item) => (
          <li key={item.id} className="held-item" data-testid="held-item" data-kind={item.kind}>
            <p className="row">
              <Link to={profilePath(item.account)} className="notification-who">
                <Avatar account={item.account} />
                <span>{t(`held.kind.${item.kind}`, { name: displayName(item.account) })}</span>
              </Link>
              <time dateTime={item.received_at} className="muted">
                {formatRelativeTime(item.received_at, Date.now(), language)}
              </time>
            </p>
            {item.status ? (
              <StatusCard status={item.status} onChange={() => {}} onDelete={() => {}} />
            ) : null}
            <fieldset className="row button-row held-actions">
              <legend className="visually-hidden">{t('held.actions')}</legend>
              {ACTIONS.map((action) => (
                <button
                  key={action}
                  type="button"
                  className={`button button-small${action === 'approve' ? '' : ' button-quiet'}`}
                  data-testid={`held-${action}`}
                  disabled={busy === item.id}
                  onClick={() => act(item, action)}
                >
                  {t(`held.action.${action}`)}
                </button>
              ))}
            </fieldset>
            {/* The person collects from the post's menu; an ally collects for them here. */}
            {forId && item.status ? <AddToDossier statusId={item.status.id} forId={forId} /> : null}
          </li>
        ))}
      </ol>
      {list.hasMore ? (
        <button
          type="button"
          className="button button-quiet"
          data-testid="held-more"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {t('timeline.loadMore')}
        </button>
      ) : null}
    </section>
  );
}
