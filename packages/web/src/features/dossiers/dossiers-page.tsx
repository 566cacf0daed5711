import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Dossier } from '../../api/dossier-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import './dossiers.css';

/**
 * My evidence dossiers (or, with `?for=ID`, those of the person I help as an ally): create one,
 * open one. Posts are added from each post's menu.
 */
export function DossiersPage() {
  const api = useApi();
  const { t } = useI18n();
  const [params] = useSearchParams();
  const forId = params.get('for') ?? undefined;
  const list = usePaginated<Dossier>(() => api.dossiers(forId), `dossiers-${forId ?? 'me'}`);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const suffix = forId ? `?for=${encodeURIComponent(forId)}` : '';

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    setBusy(true);
    const result = await api.createDossier(title.trim(), forId);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setTitle('');
    list.prepend(result.value);
  };

  return (
    <>
      <PageHeader title={t('dossiers.title')}>
        <p className="page-lede">{t('dossiers.lede')}</p>
        <p>
          <Link to="/dossiers/guide" data-testid="dossiers-guide-link">
            {t('dossiers.guideLink')}
          </Link>{' '}
          · <Link to="/dossiers/verify">{t('dossiers.verifyLink')}</Link>
        </p>
      </PageHeader>
      <form className="card stack" onSubmit={create}>
        <label htmlFor="dossier-title">{t('dossiers.newTitle')}</label>
        <div className="row">
          <input
            id="dossier-title"
            value={title}
            maxLength={200}
            data-testid="dossiers-title-input"
            onChange={(event) => setTitle(event.target.value)}
          />
          <button
            type="submit"
            className="button"
            disabled={busy || title.trim() === ''}
            data-testid="dossiers-create"
          >
            {t('dossiers.create')}
          </button>
        </div>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('dossiers.emptyTitle')}>
          <p>{t('dossiers.emptyText')}</p>
        </EmptyState>
      ) : null}
      <ul className="dossier-list">
        {list.items.map((dossier) => (
          <li key={dossier.id} className="card">
            <Link to={`/dossiers/${dossier.id}${suffix}`} data-testid="dossier-row">
              <strong>{dossier.title}</strong>
            </Link>{' '}
            <span className="muted">{t('dossiers.itemCount', { count: dossier.item_count })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
