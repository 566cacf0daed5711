import { useEffect, useRef, useState } from 'react';
import { type ReplyPolicy, replyPolicies } from '../../api/defence.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { replyPolicyOptionKey } from './reply-policy.ts';

/**
 * The composer's reply policy: starts from the person's default (settings) and stays as they
 * set it for this post. Signed out, nothing is asked.
 */
export function useReplyPolicy(signedIn: boolean) {
  const api = useApi();
  const [policy, setPolicy] = useState<ReplyPolicy>('everyone');
  const touched = useRef(false);
  useEffect(() => {
    if (!signedIn) return;
    let active = true;
    void api.defaultReplyPolicy().then((result) => {
      if (active && result.ok && !touched.current) setPolicy(result.value.reply_policy);
    });
    return () => {
      active = false;
    };
  }, [api, signedIn]);
  const choose = (value: ReplyPolicy) => {
    touched.current = true;
    setPolicy(value);
  };
  return [policy, choose] as const;
}

export function ReplyPolicySelect(props: {
  value: ReplyPolicy;
  onChange: (value: ReplyPolicy) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  return (
    <label className="field field-inline">
      <span>{t('replyPolicy.label')}</span>
      <select
        data-testid={props.testId ?? 'compose-reply-policy'}
        value={props.value}
        onChange={(event) => {
          const chosen = replyPolicies.find((p) => p === event.target.value);
          if (chosen) props.onChange(chosen);
        }}
      >
        {replyPolicies.map((value) => (
          <option key={value} value={value}>
            {t(replyPolicyOptionKey(value))}
          </option>
        ))}
      </select>
    </label>
  );
}
