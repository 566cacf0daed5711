import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { Circle, CircleFindings, CircleMessage } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatRelativeTime } from '../../ui/format-time.ts';
import { useMe } from '../auth/session-context.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';
import { CircleWriteForm } from './circle-write-form.tsx';

/**
 * A person's support circle at `/circles/for/:accountId`. For the person: a calm place with the
 * kind messages, how many stand with them, thanks, and closing. For a writer: a form with the
 * coach, and their own messages. Nothing of what attackers said is ever here.
 */
export function CirclePage() {
  const { accountId = '' } = useParams();
  const api = useApi();
  const me = useMe();
  const { t } = useI18n();
  const [circle, setCircle] = useState<Circle | null>(null);
  const [missing, setMissing] = useState(false);
  const [messages, setMessages] = useState<CircleMessage[]>([]);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    const found = await api.circleFor(accountId);
    if (!found.ok) {
      if (found.error.kind === 'http' && found.error.status === 404) return setMissing(true);
      return setError(found.error);
    }
    setMissing(false);
    setCircle(found.value);
    const list = await api.circleMessages(found.value.id);
    if (list.ok) setMessages(list.value);
  }, [api, accountId]);
  useEffect(() => {
    void load();
  }, [load]);

  const open = async () => {
    const opened = await api.openCircle(accountId);
    if (!opened.ok) return setError(opened.error);
    await load();
  };

  if (error) return <ErrorNotice error={error} onRetry={() => void load()} />;
  if (missing) {
    return (
      <>
        <PageHeader title={t('circles.title')}>
          <p className="page-lede">{t('circles.lede')}</p>
        </PageHeader>
        <div className="card stack">
          <p>{t(me?.id === accountId ? 'circles.noneMine' : 'circles.none')}</p>
          <button type="button" className="button" data-testid="circle-open" onClick={open}>
            {t(me?.id === accountId ? 'circles.openMine' : 'circles.openFor')}
          </button>
        </div>
      </>
    );
  }
  if (!circle) return <Loading />;

  if (circle.is_mine) {
    return (
      <>
        <PageHeader title={t('circles.mineTitle')}>
          <p className="page-lede">{t('circles.mineLede')}</p>
        </PageHeader>
        <p className="card circle-count" data-testid="circle-supporters">
          {t(circle.supporters_count === 1 ? 'circles.standing.one' : 'circles.standing', {
            count: circle.supporters_count ?? 0,
          })}
        </p>
        <ul className="link-list">
          {messages.map((m) => (
            <li key={m.id} className="card stack" data-testid="circle-message">
              <p className="row">
                <Avatar account={m.account} />
                <Link to={profilePath(m.account)}>{displayName(m.account)}</Link>
                <MessageTime message={m} />
              </p>
              <p dir="auto">{m.text}</p>
              {m.thanked ? (
                <p className="muted" data-testid="circle-thanked">
                  {t('circles.thanked')}
                </p>
              ) : (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  data-testid="circle-thank"
                  onClick={async () => {
                    const done = await api.thankInCircle(circle.id, m.id);
                    if (!done.ok) return setError(done.error);
                    setMessages(messages.map((x) => (x.id === m.id ? done.value : x)));
                  }}
                >
                  {t('circles.thank', { name: displayName(m.account) })}
                </button>
              )}
            </li>
          ))}
        </ul>
        {circle.state === 'open' ? (
          <>
            <AcceptForm circleId={circle.id} onError={setError} />
            <button
              type="button"
              className="button button-quiet"
              data-testid="circle-close"
              onClick={async () => {
                const done = await api.closeCircle(circle.id);
                if (!done.ok) return setError(done.error);
                setCircle(done.value);
              }}
            >
              {t('circles.close')}
            </button>
          </>
        ) : (
          <p className="muted">{t('circles.closed')}</p>
        )}
      </>
    );
  }

  const person = circle.account ? displayName(circle.account) : '';
  return (
    <>
      <PageHeader title={t('circles.forTitle', { name: person })}>
        <p className="page-lede">{t('circles.forLede', { name: person })}</p>
      </PageHeader>
      {circle.can_write ? (
        <CircleWriteForm
          circleId={circle.id}
          onSent={(m) => setMessages([m, ...messages])}
          onFindings={(_f: CircleFindings) => undefined}
        />
      ) : (
        <p className="muted">{t('circles.closed')}</p>
      )}
      {messages.length > 0 ? (
        <section className="stack" aria-labelledby="circle-mine">
          <h2 id="circle-mine" className="section-title">
            {t('circles.yourMessages')}
          </h2>
          <ul className="link-list">
            {messages.map((m) => (
              <li key={m.id} className="card" data-testid="circle-my-message">
                <p dir="auto">{m.text}</p>
                {m.thanked ? (
                  <p className="muted">{t('circles.thankedYou', { name: person })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function MessageTime(props: { message: CircleMessage }) {
  const { language } = useI18n();
  return (
    <time className="muted" dateTime={props.message.created_at}>
      {formatRelativeTime(props.message.created_at, Date.now(), language)}
    </time>
  );
}

function AcceptForm(props: { circleId: string; onError: (error: ApiError) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [handle, setHandle] = useState('');
  const [done, setDone] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = await api.lookupAccount(handle.trim().replace(/^@/, ''));
    if (!found.ok) return props.onError(found.error);
    const accepted = await api.acceptInCircle(props.circleId, found.value.id);
    if (!accepted.ok) return props.onError(accepted.error);
    setDone(t('circles.accepted', { name: displayName(found.value) }));
    setHandle('');
  };
  return (
    <form className="card row" onSubmit={submit}>
      <label className="field">
        <span>{t('circles.accept')}</span>
        <input value={handle} placeholder="@" onChange={(event) => setHandle(event.target.value)} />
      </label>
      <button type="submit" className="button button-quiet">
        {t('circles.acceptButton')}
      </button>
      <p aria-live="polite">{done}</p>
    </form>
  );
}
