import type { Rule } from '../../api/moderation-endpoints.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * The rules as a numbered list, with the instance's requirement about automated accounts when
 * the admins set it (it is a setting, not a rule they write).
 */
export function RulesList(props: { rules: Rule[]; botsMustDeclare: boolean }) {
  const { t } = useI18n();
  const { botsMustDeclare } = props;
  if (props.rules.length === 0 && !botsMustDeclare) {
    return <p className="muted">{t('rules.none')}</p>;
  }
  return (
    <ol className="rules-list stack" data-testid="rules-list">
      {props.rules.map((rule) => (
        <li key={rule.id} data-testid="rule">
          <strong dir="auto">{rule.text}</strong>
          {rule.hint ? (
            <span className="hint" dir="auto">
              {' '}
              {rule.hint}
            </span>
          ) : null}
        </li>
      ))}
      {botsMustDeclare ? (
        <li data-testid="rule-bots">
          <strong>{t('rules.botsMustDeclare')}</strong>
          <span className="hint"> {t('rules.botsMustDeclareHint')}</span>
        </li>
      ) : null}
    </ol>
  );
}
