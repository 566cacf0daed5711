import { Link } from 'react-router';
import { useInstance } from '../../app/instance-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PageHeader } from '../../ui/feedback.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';

/** What this instance is, who runs it, and where its rules and transparency report are. */
export function AboutPage() {
  const { t } = useI18n();
  const { instance } = useInstance();
  const contact = instance?.contact?.account ?? null;
  return (
    <>
      <PageHeader title={t('about.title')} />
      <section className="card stack">
        <h2 className="section-title">{instance?.title ?? 'Empathie'}</h2>
        {instance?.description ? <p dir="auto">{instance.description}</p> : null}
        {contact ? (
          <p>
            {t('about.contact')} <Link to={profilePath(contact)}>{displayName(contact)}</Link>
          </p>
        ) : null}
        <ul className="link-list">
          <li>
            <Link to="/rules" data-testid="about-rules">
              {t('rules.title')}
            </Link>
          </li>
          <li>
            <Link to="/transparency">{t('footer.transparency')}</Link>
          </li>
          <li>
            <Link to="/notice">{t('footer.notice')}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
