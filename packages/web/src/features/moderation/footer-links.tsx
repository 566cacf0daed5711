import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useMe } from '../auth/session-context.tsx';
import { useIsModerator } from './moderation-nav.tsx';
import './moderation.css';

/**
 * The footer of every screen: the public notice form and the transparency report for anyone;
 * one's reports and statements when signed in; the queue for moderators.
 */
export function FooterLinks() {
  const { t } = useI18n();
  const me = useMe();
  const { moderator } = useIsModerator();
  return (
    <footer className="shell-footer">
      <Link to="/rules" data-testid="footer-rules">
        {t('rules.title')}
      </Link>
      <Link to="/about" data-testid="footer-about">
        {t('about.title')}
      </Link>
      <Link to="/notice" data-testid="footer-notice">
        {t('footer.notice')}
      </Link>
      <Link to="/transparency" data-testid="footer-transparency">
        {t('footer.transparency')}
      </Link>
      {me ? (
        <>
          <Link to="/reports" data-testid="footer-reports">
            {t('report.mine')}
          </Link>
          <Link to="/statements" data-testid="footer-statements">
            {t('statements.title')}
          </Link>
        </>
      ) : null}
      {moderator ? (
        <Link to="/moderation" data-testid="footer-moderation">
          {t('mod.queue')}
        </Link>
      ) : null}
    </footer>
  );
}
