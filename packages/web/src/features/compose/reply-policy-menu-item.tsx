import { useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { ReplyPolicy } from '../../api/defence.types.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { ReplyPolicySelect } from './reply-policy-select.tsx';

/** In one's own post's menu: narrow (or widen) who may reply, e.g. once a pile-on starts. */
export function ReplyPolicyMenuItem(props: { status: Status; onChange: (status: Status) => void }) {
  const api = useApi();
  const [error, setError] = useState<ApiError | null>(null);
  const change = async (policy: ReplyPolicy) => {
    const result = await api.setReplyPolicy(props.status.id, policy);
    if (!result.ok) return setError(result.error);
    setError(null);
    props.onChange(result.value);
  };
  return (
    <div className="menu-field">
      <ReplyPolicySelect
        value={props.status.empathie?.reply_policy ?? 'everyone'}
        onChange={change}
        testId="status-reply-policy-select"
      />
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}
