import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Dossier } from '../../api/dossier-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import './dossiers.css';

/**
 * "Add to a dossier", in a post's menu: pick one of my dossiers (or name a new one) and the
 * server takes a snapshot of the post as I see it now. Nothing is sent to the author. With
 * `forId`, an ally holding "dossier" collects into the dossiers of the person they help.
 */
export function AddToDossier(props: { statusId: string; forId?: string }) {
  const { statusId, forId } = props;
  const api = useApi();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [dossiers, setDossiers] = useState<Dossier[] | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<Dossier | null>(null);

  const openChooser = async () => {
    setOpen(true);
    setAdded(null);
    const result = await api.dossiers(forId);
    if (!result.ok) return setError(result.error);
    setError(null);
    setDossiers(result.value);
  };

  const addTo = async (dossier: Dossier) => {
    setBusy(true);
    const result = await api.addToDossier(dossier.id, statusId, forId);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setAdded(dossier);
    setOpen(false);
  };

  const createAndAdd = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    setBusy(true);
    const created = await api.createDossier(title.trim(), forId);
    setBusy(false);
    if (!created.ok) return setError(created.error);
    setTitle('');
    await addTo(created.value);
  };

  return (
    <div className="add-to-dossier">
      <button
        type="button"
        data-testid="status-add-to-dossier"
        aria-expanded={open}
        onClick={open ? () => setOpen(false) : openChooser}
      >
        {t('dossiers.addToDossier')}
      </button>
      {added ? (
        <p className="success" role="status" data-testid="add-to-dossier-done">
          {t('dossiers.added', { title: added.title })}{' '}
          <Link to={`/dossiers/${added.id}${forId ? `?for=${encodeURIComponent(forId)}` : ''}`}>
            {t('dossiers.open')}
          </Link>
        </p>
      ) : null}
      {open ? (
        <div className="dossier-chooser stack" data-testid="add-to-dossier-chooser">
          <p className="hint">{t('dossiers.chooseHint')}</p>
          {dossiers === null ? null : (
            <ul className="dossier-choices">
              {dossiers.map((d) => (
                <li key={d.id}>
                  <button
                    type="button"
                    disabled={busy}
                    data-testid="add-to-dossier-choice"
                    onClick={() => addTo(d)}
                  >
                    {d.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={createAndAdd} className="row">
            <label className="visually-hidden" htmlFor={`new-dossier-${statusId}`}>
              {t('dossiers.newTitle')}
            </label>
            <input
              id={`new-dossier-${statusId}`}
              value={title}
              maxLength={200}
              placeholder={t('dossiers.newTitle')}
              data-testid="add-to-dossier-new-title"
              onChange={(event) => setTitle(event.target.value)}
            />
            <button
              type="submit"
              disabled={busy || title.trim() === ''}
              data-testid="add-to-dossier-create"
            >
              {t('dossiers.createAndAdd')}
            </button>
          </form>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
