import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { RulesList } from './rules-list.tsx';
import { useRules } from './use-rules.ts';

/** The instance's rules, for anyone, linked from every screen's footer and the about page. */
export function RulesPage() {
  const { t } = useI18n();
  const { rules, botsMustDeclare, error, reload } = useRules();
  return (
    <>
      <PageHeader title={t('rules.title')} />
      <p className="page-lede">{t('rules.lede')}</p>
      <section className="card stack">
        {rules ? <RulesList rules={rules} botsMustDeclare={botsMustDeclare} /> : null}
        {!rules && !error ? <Loading /> : null}
        {error ? <ErrorNotice error={error} onRetry={reload} /> : null}
      </section>
      <p>
        <Link to="/about">{t('about.title')}</Link> · <Link to="/notice">{t('footer.notice')}</Link>
      </p>
    </>
  );
}
