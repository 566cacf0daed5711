import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PageHeader } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { ComposeForm } from './compose-form.tsx';

export function ComposePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const me = useMe();
  const intention = me?.empathie?.intention?.trim();
  return (
    <>
      <PageHeader title={t('compose.title')} />
      {intention ? (
        <aside className="intention-reminder" aria-label={t('intention.title')}>
          <p className="eyebrow">{t('intention.title')}</p>
          <p>{intention}</p>
        </aside>
      ) : null}
      <ComposeForm autoFocus onPosted={(status) => navigate(`/statuses/${status.id}`)} />
    </>
  );
}
