import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function AdminBackLink() {
  const { t } = useI18n();
  return (
    <Link to="/admin" data-testid="admin-back">
      {t('adminArea.back')}
    </Link>
  );
}
