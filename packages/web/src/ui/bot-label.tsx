import type { Account } from '../api/mastodon.types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * "Automated account": shown beside the name wherever an account that declared itself a bot
 * appears (posts, profiles, search, notifications, moderators' screens).
 */
export function BotLabel(props: { account: Pick<Account, 'bot'> }) {
  const { t } = useI18n();
  if (!props.account.bot) return null;
  return (
    <span className="badge" data-testid="bot-label" title={t('bot.labelHelp')}>
      {t('status.bot')}
    </span>
  );
}
