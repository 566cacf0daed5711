import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Dossier } from '../../api/dossier-endpoints.ts';
import type { Endpoints } from '../../api/endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { displayName } from '../status/status-helpers.ts';
import './dossiers.css';

/**
 * "Add to a dossier", in a post's menu: pick one of my dossiers (or name a new one) and the
 * server takes a snapshot of the post as I see it now. Nothing is sent to the author. With
 * `forId` (the held folder an ally reviews), only that person's dossiers are offered; otherwise
 * mine, then those of each person who made me an ally with the "dossier" permission.
 */
export function AddToDossier(props: { statusId: string; forId?: string }) {
  const { statusId, forId } = props;
  const api = useApi();
  const me = useMe();
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [groups, setGroups] = useState<DossierGroup[] | null>(null);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [added, setAdded] = useState<Dossier | null>(null);

  const openChooser = async () => {
    setOpen(true);
    setAdded(null);
    const found = await dossierGroups(api, forId);
    if (!found.ok) return setError(found.error);
    setError(null);
    setGroups(found.groups);
  };

  /** Whose dossier it is decides whether the request speaks for someone else (`?for`). */
  const forOwner = (dossier: Dossier) =>
    me && dossier.owner_id !== me.id ? dossier.owner_id : undefined;

  const addTo = async (dossier: Dossier) => {
    setBusy(true);
    const result = await api.addToDossier(dossier.id, statusId, forOwner(dossier));
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

  const addedFor = added ? forOwner(added) : undefined;
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
          <Link
            to={`/dossiers/${added.id}${addedFor ? `?for=${encodeURIComponent(addedFor)}` : ''}`}
          >
            {t('dossiers.open')}
          </Link>
        </p>
      ) : null}
      {open ? (
        <div className="dossier-chooser stack" data-testid="add-to-dossier-chooser">
          <p className="hint">{t('dossiers.chooseHint')}</p>
          {(groups ?? []).map((group) => (
            <div key={group.ownerId ?? 'me'} className="stack">
              {group.name ? (
                <p className="hint">{t('dossiers.ofPerson', { name: group.name })}</p>
              ) : null}
              <ul className="dossier-choices">
                {group.dossiers.map((d) => (
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
            </div>
          ))}
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

interface DossierGroup {
  /** Absent for my own dossiers. */
  ownerId?: string;
  name?: string;
  dossiers: Dossier[];
}

/**
 * The dossiers a post may go to: with `forId`, that person's only; otherwise mine, then those of
 * each person I help who gave me the "dossier" permission.
 */
async function dossierGroups(
  api: Endpoints,
  forId: string | undefined,
): Promise<{ ok: true; groups: DossierGroup[] } | { ok: false; error: ApiError }> {
  if (forId) {
    const theirs = await api.dossiers(forId);
    return theirs.ok
      ? { ok: true, groups: [{ ownerId: forId, dossiers: theirs.value }] }
      : { ok: false, error: theirs.error };
  }
  const [mine, helping] = await Promise.all([api.dossiers(), api.helping()]);
  if (!mine.ok) return { ok: false, error: mine.error };
  const groups: DossierGroup[] = [{ dossiers: mine.value }];
  const people = helping.ok
    ? helping.value.filter((a) => a.state === 'active' && a.permissions.includes('dossier'))
    : [];
  for (const ally of people) {
    const theirs = await api.dossiers(ally.account.id);
    if (theirs.ok && theirs.value.length > 0) {
      groups.push({
        ownerId: ally.account.id,
        name: displayName(ally.account),
        dossiers: theirs.value,
      });
    }
  }
  return { ok: true, groups };
}
