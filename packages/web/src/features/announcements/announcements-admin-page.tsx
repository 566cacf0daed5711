import { type FormEvent, useEffect, useState } from 'react';
import type { AdminAnnouncement } from '../../api/announcement-endpoints.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { AdminBackLink } from '../admin/admin-back-link.tsx';

interface Draft {
  id: string | null;
  fr: string;
  en: string;
  /** `datetime-local` value (the admin's own time), or '' for no end. */
  endsAt: string;
  published: boolean;
}

const blank: Draft = { id: null, fr: '', en: '', endsAt: '', published: true };

/** `2026-11-20T09:30:00.000Z` → the admin's local `2026-11-20T10:30` for the date field. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Announcements to every member, written in French and in English (a member reads their own
 * language, or the other when only one is written), published at once or kept as a draft.
 */
export function AnnouncementsAdminPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const [items, setItems] = useState<AdminAnnouncement[] | null>(null);
  const [draft, setDraft] = useState<Draft>(blank);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    void api.adminAnnouncements().then((result) => {
      if (!live) return;
      if (result.ok) setItems(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const input = {
      content_fr: draft.fr,
      content_en: draft.en,
      ends_at: draft.endsAt ? new Date(draft.endsAt).toISOString() : null,
      published: draft.published,
    };
    const result = draft.id
      ? await api.updateAnnouncement(draft.id, input)
      : await api.createAnnouncement(input);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    setItems((current) => [
      result.value,
      ...(current ?? []).filter((a) => a.id !== result.value.id),
    ]);
    setDraft(blank);
  };

  const remove = async (a: AdminAnnouncement) => {
    if (!window.confirm(t('announcements.admin.confirmDelete'))) return;
    const result = await api.deleteAnnouncement(a.id);
    if (!result.ok) return setError(result.error);
    setItems((current) => (current ?? []).filter((x) => x.id !== a.id));
  };

  const edit = (a: AdminAnnouncement) => {
    setSaved(false);
    setDraft({
      id: a.id,
      fr: a.content_fr,
      en: a.content_en,
      endsAt: toLocalInput(a.ends_at),
      published: a.published,
    });
  };

  return (
    <>
      <PageHeader title={t('announcements.admin.title')}>
        <AdminBackLink />
      </PageHeader>
      <p className="page-lede">{t('announcements.admin.lede')}</p>
      <form className="card stack" onSubmit={save} data-testid="announcement-form">
        <h2 className="section-title">
          {draft.id ? t('announcements.admin.edit') : t('announcements.admin.write')}
        </h2>
        <label className="field">
          <span>{t('announcements.admin.french')}</span>
          <textarea
            value={draft.fr}
            maxLength={2000}
            rows={3}
            lang="fr"
            data-testid="announcement-fr"
            onChange={(e) => setDraft({ ...draft, fr: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('announcements.admin.english')}</span>
          <textarea
            value={draft.en}
            maxLength={2000}
            rows={3}
            lang="en"
            data-testid="announcement-en"
            onChange={(e) => setDraft({ ...draft, en: e.target.value })}
          />
        </label>
        <p className="hint">{t('announcements.admin.oneLanguage')}</p>
        <label className="field">
          <span>{t('announcements.admin.endsAt')}</span>
          <input
            type="datetime-local"
            value={draft.endsAt}
            data-testid="announcement-ends"
            onChange={(e) => setDraft({ ...draft, endsAt: e.target.value })}
          />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.published}
            data-testid="announcement-published"
            onChange={(e) => setDraft({ ...draft, published: e.target.checked })}
          />
          <span>{t('announcements.admin.publish')}</span>
        </label>
        <div className="row">
          <button type="submit" className="button" disabled={busy} data-testid="announcement-save">
            {busy ? t('common.loading') : t('announcements.admin.save')}
          </button>
          {draft.id ? (
            <button type="button" className="button button-quiet" onClick={() => setDraft(blank)}>
              {t('announcements.admin.cancel')}
            </button>
          ) : null}
        </div>
        {saved ? (
          <p className="notice" role="status">
            {t('announcements.admin.saved')}
          </p>
        ) : null}
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {items === null && !error ? <Loading /> : null}
      {items !== null && items.length === 0 ? (
        <EmptyState title={t('announcements.admin.empty')} />
      ) : null}
      <ul className="stack">
        {(items ?? []).map((a) => (
          <li key={a.id} className="card stack" data-testid="announcement-row">
            <p lang="fr">{a.content_fr || '—'}</p>
            <p lang="en">{a.content_en || '—'}</p>
            <p className="hint">
              {a.published ? t('announcements.admin.published') : t('announcements.admin.draft')}
              {a.ends_at
                ? ` · ${t('announcements.admin.until', { date: formatFullTime(a.ends_at, language) })}`
                : ''}
            </p>
            <div className="row">
              <button type="button" className="button button-quiet" onClick={() => edit(a)}>
                {t('announcements.admin.editOne')}
              </button>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => void remove(a)}
                data-testid="announcement-delete"
              >
                {t('announcements.admin.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
