import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PageHeader } from '../../ui/feedback.tsx';
import { GUIDE } from './dossier-guide.content.ts';
import './dossiers.css';

/** How a dossier is used: with a lawyer, for a complaint, with PHAROS and 3018. For anyone. */
export function DossierGuidePage() {
  const { t, language } = useI18n();
  const guide = GUIDE[language];
  return (
    <article className="guide" data-testid="dossier-guide">
      <PageHeader title={guide.title}>
        <p className="page-lede">{guide.lede}</p>
      </PageHeader>
      {guide.sections.map((section) => (
        <section key={section.id} aria-labelledby={`guide-${section.id}`} className="card">
          <h2 id={`guide-${section.id}`} className="section-title">
            {section.title}
          </h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <p>
        <Link to="/dossiers/verify">{t('dossiers.verifyLink')}</Link> ·{' '}
        <Link to="/dossiers">{t('dossiers.title')}</Link>
      </p>
    </article>
  );
}
