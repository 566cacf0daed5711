import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { ReplyPolicy } from '../../api/defence.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { replyPolicyOptionKey } from '../compose/reply-policy.ts';
import { ReplyPolicySelect } from '../compose/reply-policy-select.tsx';

/** Settings: who may reply by default, and the way to filters, block lists and strangers. */
export function DefencePanel() {
  const api = useApi();
  const { t } = useI18n();
  const [policy, setPolicy] = useState<ReplyPolicy | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    let active = true;
    void api.defaultReplyPolicy().then((result) => {
      if (active && result.ok) setPolicy(result.value.reply_policy);
    });
    return () => {
      active = false;
    };
  }, [api]);

  const save = async (value: ReplyPolicy) => {
    setPolicy(value);
    const result = await api.saveDefaultReplyPolicy(value);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(t('replyPolicy.saved', { choice: t(replyPolicyOptionKey(value)) }));
  };

  return (
    <section className="card stack" aria-labelledby="settings-defence-title">
      <h2 id="settings-defence-title" className="section-title">
        {t('defence.title')}
      </h2>
      <h3>{t('replyPolicy.defaultTitle')}</h3>
      {policy ? (
        <ReplyPolicySelect value={policy} onChange={save} testId="settings-reply-policy" />
      ) : null}
      <p className="hint">{t('replyPolicy.defaultHelp')}</p>
      <p aria-live="polite" className="hint">
        {saved}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
      <ul>
        <li>
          <Link to="/filters" data-testid="settings-filters">
            {t('defence.filters')}
          </Link>
        </li>
        <li>
          <Link to="/block-lists" data-testid="settings-block-lists">
            {t('defence.blockLists')}
          </Link>
        </li>
        <li>
          <Link to="/notifications/requests" data-testid="settings-notification-requests">
            {t('defence.requests')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
