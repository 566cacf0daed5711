import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context.tsx';
import { EmptyState } from '../ui/feedback.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <EmptyState title={t('notFound.title')}>
      <p>{t('notFound.text')}</p>
      <Link to="/" className="button">
        {t('notFound.action')}
      </Link>
    </EmptyState>
  );
}
