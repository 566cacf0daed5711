import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Draft } from '../../api/empathie.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Loading, PageHeader } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { ComposeForm } from './compose-form.tsx';

export function ComposePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const me = useMe();
  const intention = me?.empathie?.intention?.trim();
  const draft = useDraftParam();
  return (
    <>
      <PageHeader title={t('compose.title')} />
      {intention ? (
        <aside className="intention-reminder" aria-label={t('intention.title')}>
          <p className="eyebrow">{t('intention.title')}</p>
          <p>{intention}</p>
        </aside>
      ) : null}
      {draft === 'loading' ? (
        <Loading />
      ) : (
        <ComposeForm
          key={draft?.id ?? 'new'}
          autoFocus
          {...(draft ? { draft } : {})}
          onPosted={(status) => navigate(`/statuses/${status.id}`)}
        />
      )}
    </>
  );
}

/** `/compose?draft=ID` opens a saved draft; one that cannot be read starts an empty post. */
function useDraftParam(): Draft | null | 'loading' {
  const api = useApi();
  const [params] = useSearchParams();
  const id = params.get('draft');
  const [draft, setDraft] = useState<Draft | null | 'loading'>(id ? 'loading' : null);
  useEffect(() => {
    if (!id) {
      setDraft(null);
      return;
    }
    let live = true;
    setDraft('loading');
    void api.draft(id).then((result) => {
      if (live) setDraft(result.ok ? result.value : null);
    });
    return () => {
      live = false;
    };
  }, [api, id]);
  return draft;
}
