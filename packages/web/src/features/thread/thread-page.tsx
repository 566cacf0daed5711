import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Status } from '../../api/mastodon.types.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { useMe } from '../auth/session-context.tsx';
import { ComposeForm } from '../compose/compose-form.tsx';
import { canReply, replyPolicyNoticeKey } from '../compose/reply-policy.ts';
import { StatusCard } from '../status/status-card.tsx';
import { displayName } from '../status/status-helpers.ts';

interface Thread {
  ancestors: Status[];
  focus: Status;
  descendants: Status[];
}

export function ThreadPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const api = useApi();
  const me = useMe();
  const navigate = useNavigate();
  const { t } = useI18n();
  const [thread, setThread] = useState<Thread | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation reloads on purpose
  useEffect(() => {
    let active = true;
    setThread(null);
    setError(null);
    void Promise.all([api.status(id), api.context(id)]).then(([status, context]) => {
      if (!active) return;
      if (!status.ok) return setError(status.error);
      if (!context.ok) return setError(context.error);
      setThread({ focus: status.value, ...context.value });
    });
    return () => {
      active = false;
    };
  }, [api, id, generation]);

  const replace = useCallback((updated: Status) => {
    setThread(
      (current) => current && mapThread(current, (s) => (s.id === updated.id ? updated : s)),
    );
  }, []);
  const remove = useCallback(
    (removed: string) => {
      if (removed === id) return navigate(-1);
      setThread(
        (current) =>
          current && {
            ...current,
            ancestors: current.ancestors.filter((s) => s.id !== removed),
            descendants: current.descendants.filter((s) => s.id !== removed),
          },
      );
    },
    [id, navigate],
  );

  if (error) return <ErrorNotice error={error} onRetry={() => setGeneration((g) => g + 1)} />;
  if (!thread) return <Loading />;

  return (
    <>
      <PageHeader title={t('thread.title')} />
      <section className="thread" aria-label={t('thread.title')}>
        {thread.ancestors.map((status) => (
          <StatusCard key={status.id} status={status} onChange={replace} onDelete={remove} />
        ))}
        <StatusCard status={thread.focus} onChange={replace} onDelete={remove} focused />
        {me && !canReply(thread.focus) ? (
          // The post's reply policy leaves this reader out: say so instead of a composer.
          <p className="hint card" data-testid="reply-refused-notice">
            {t(replyPolicyNoticeKey(thread.focus) ?? 'replyPolicy.shown.nobody', {
              name: displayName(thread.focus.account),
            })}
          </p>
        ) : me ? (
          <ComposeForm
            key={thread.focus.id}
            replyTo={thread.focus}
            autoFocus={search.get('reply') === '1'}
            onPosted={(reply) =>
              setThread(
                (current) =>
                  current && { ...current, descendants: [...current.descendants, reply] },
              )
            }
          />
        ) : null}
        <h2 className="section-title">
          {thread.descendants.length ? t('thread.replies') : t('thread.noReplies')}
        </h2>
        <div className="feed">
          {thread.descendants.map((status) => (
            <StatusCard key={status.id} status={status} onChange={replace} onDelete={remove} />
          ))}
        </div>
      </section>
    </>
  );
}

function mapThread(thread: Thread, change: (status: Status) => Status): Thread {
  return {
    ancestors: thread.ancestors.map(change),
    focus: change(thread.focus),
    descendants: thread.descendants.map(change),
  };
}
