import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function WelcomePage() {
  const { t } = useI18n();
  return (
    <section className="welcome">
      <p className="eyebrow">Empathie</p>
      <h1>{t('welcome.title')}</h1>
      <p className="page-lede">{t('welcome.lede')}</p>
      <ul className="welcome-points">
        <li>{t('welcome.pointIntention')}</li>
        <li>{t('welcome.pointCoach')}</li>
        <li>{t('welcome.pointTogether')}</li>
      </ul>
      <div className="row">
        <Link to="/signup" className="button" data-testid="welcome-signup">
          {t('auth.signupLink')}
        </Link>
        <Link to="/login" className="button button-quiet" data-testid="welcome-login">
          {t('auth.loginLink')}
        </Link>
        <Link to="/local">{t('welcome.browse')}</Link>
      </div>
    </section>
  );
}
