import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { DossierItem, DossierWithItems } from '../../api/dossier-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { browserTimeZone, saveFile } from './save-file.ts';
import './dossiers.css';

/** One dossier: its items as collected, removal, and the signed export. */
export function DossierPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const forId = params.get('for') ?? undefined;
  const [dossier, setDossier] = useState<DossierWithItems | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState(false);

  const load = useCallback(async () => {
    const result = await api.dossier(id, forId);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDossier(result.value);
  }, [api, id, forId]);

  useEffect(() => {
    void load();
  }, [load]);

  const exportZip = async () => {
    setBusy(true);
    setExported(false);
    const result = await api.exportDossier(id, browserTimeZone(), forId);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    saveFile(result.value.blob, result.value.fileName ?? `empathie-dossier-${id}.zip`);
    setExported(true);
  };

  const removeItem = async (item: DossierItem) => {
    if (!window.confirm(t('dossiers.removeItemConfirm'))) return;
    const result = await api.removeFromDossier(id, item.id, forId);
    if (!result.ok) return setError(result.error);
    await load();
  };

  const removeDossier = async () => {
    if (!window.confirm(t('dossiers.deleteConfirm'))) return;
    const result = await api.deleteDossier(id);
    if (!result.ok) return setError(result.error);
    navigate('/dossiers');
  };

  if (!dossier) {
    return error ? <ErrorNotice error={error} onRetry={load} /> : <Loading />;
  }
  const when = (iso: string) =>
    new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'medium',
    });
  return (
    <>
      <PageHeader title={dossier.title}>
        <p className="page-lede">{t('dossiers.itemCount', { count: dossier.item_count })}</p>
        <p>
          <Link to="/dossiers">{t('dossiers.back')}</Link> ·{' '}
          <Link to="/dossiers/guide">{t('dossiers.guideLink')}</Link>
        </p>
      </PageHeader>
      <section className="card stack">
        <p>{t('dossiers.exportHelp')}</p>
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="dossier-export"
            onClick={exportZip}
          >
            {busy ? t('dossiers.exporting') : t('dossiers.export')}
          </button>
          <Link to="/dossiers/verify" className="button button-quiet">
            {t('dossiers.verifyLink')}
          </Link>
        </div>
        <p aria-live="polite" className="success" data-testid="dossier-exported">
          {exported ? t('dossiers.exported') : ''}
        </p>
      </section>
      {error ? <ErrorNotice error={error} /> : null}
      {dossier.items.length === 0 ? (
        <EmptyState title={t('dossiers.noItemsTitle')}>
          <p>{t('dossiers.noItemsText')}</p>
        </EmptyState>
      ) : null}
      <ol className="dossier-items">
        {dossier.items.map((item) => {
          const s = item.snapshot;
          return (
            <li key={item.id} className="card" data-testid="dossier-item">
              <p>
                <strong dir="auto">{s.author.display_name}</strong>{' '}
                <span className="muted">{s.author.handle}</span>
              </p>
              {s.status.spoiler_text ? <p className="hint">{s.status.spoiler_text}</p> : null}
              <p className="dossier-item-text" dir="auto">
                {s.status.text}
              </p>
              <p className="muted">
                {t('dossiers.postedAt', { time: when(s.status.created_at) })} ·{' '}
                {t('dossiers.collectedAt', { time: when(item.collected_at) })} ·{' '}
                {t(`visibility.${s.status.visibility}.label`)}
              </p>
              <p className="dossier-hash muted">SHA-256 {item.sha256}</p>
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="dossier-item-remove"
                onClick={() => removeItem(item)}
              >
                {t('dossiers.removeItem')}
              </button>
            </li>
          );
        })}
      </ol>
      {forId ? null : (
        <p>
          <button
            type="button"
            className="button button-quiet danger"
            data-testid="dossier-delete"
            onClick={removeDossier}
          >
            {t('dossiers.delete')}
          </button>
        </p>
      )}
    </>
  );
}
