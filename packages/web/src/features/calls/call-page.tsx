import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ApiResult } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { CallDetail, Volunteer } from '../../api/collective-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatFullTime, formatRelativeTime } from '../../ui/format-time.ts';
import { useMe } from '../auth/session-context.tsx';
import { displayName, profilePath } from '../status/status-helpers.ts';
import { CallCard } from './call-card.tsx';
import { CoachedTextForm } from './coached-text-form.tsx';

/**
 * A call's page: the call and its progress, the why, its updates (and, for those who joined and
 * the organisers, the messages meant for them), public notes, and the organisers' tools.
 */
export function CallPage() {
  const { id = '' } = useParams();
  const api = useApi();
  const me = useMe();
  const { t, language } = useI18n();
  const [call, setCall] = useState<CallDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    const result = await api.call(id);
    if (!result.ok) return setError(result.error);
    setError(null);
    setCall(result.value);
  }, [api, id]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Applies an organiser's or volunteer's action: the new call, or its error. */
  const apply = async (result: ApiResult<CallDetail>): Promise<ApiError | null> => {
    if (!result.ok) return result.error;
    setCall(result.value);
    return null;
  };

  if (error) return <ErrorNotice error={error} onRetry={() => void load()} />;
  if (!call) return <Loading />;
  const organiser = call.organised_by_me;

  return (
    <>
      <PageHeader title={call.title}>
        <p className="page-lede">
          {t('calls.page.by', { names: call.organisers.map(displayName).join(', ') })} ·{' '}
          <Link to={`/statuses/${call.status_id}`}>{t('calls.page.thread')}</Link>
        </p>
      </PageHeader>
      <div className="card stack">
        <p className="call-why" dir="auto" data-testid="call-why-text">
          {call.description}
        </p>
        <CallCard call={call} onChange={() => void load()} />
        <p className="muted">
          {t('calls.page.deadline', { when: formatFullTime(call.deadline, language) })}
          {call.flash_at
            ? ` · ${t('calls.page.flash', { when: formatFullTime(call.flash_at, language) })}`
            : ''}
        </p>
        {call.joined_by_me && call.state === 'open' ? (
          <button
            type="button"
            className="button button-quiet"
            data-testid="call-leave"
            onClick={async () => void (await apply(await api.leaveCall(call.id)))}
          >
            {t('calls.page.leave')}
          </button>
        ) : null}
      </div>

      <section className="stack" aria-labelledby="call-updates">
        <h2 className="section-title" id="call-updates">
          {t('calls.page.updates')}
        </h2>
        {call.updates.length === 0 ? <p className="muted">{t('calls.page.noUpdates')}</p> : null}
        <ul className="link-list">
          {call.updates.map((u) => (
            <li key={u.id} className="card" data-testid="call-update">
              <p className="muted">
                {u.audience === 'volunteers' ? (
                  <span className="pill">{t('calls.page.forVolunteers')}</span>
                ) : null}{' '}
                {displayName(u.account)} ·{' '}
                <time dateTime={u.created_at}>
                  {formatRelativeTime(u.created_at, Date.now(), language)}
                </time>
              </p>
              <p dir="auto">{u.text}</p>
            </li>
          ))}
        </ul>
      </section>

      {call.notes.length > 0 ? (
        <section className="stack" aria-labelledby="call-notes">
          <h2 className="section-title" id="call-notes">
            {t('calls.page.notes')}
          </h2>
          <ul className="link-list">
            {call.notes.map((n) => (
              <li key={n.account.id} className="card" data-testid="call-note">
                <Link to={profilePath(n.account)}>{displayName(n.account)}</Link>
                <p dir="auto">{n.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {organiser && me ? <OrganiserTools call={call} apply={apply} /> : null}
    </>
  );
}

function OrganiserTools(props: {
  call: CallDetail;
  apply: (result: ApiResult<CallDetail>) => Promise<ApiError | null>;
}) {
  const { call, apply } = props;
  const api = useApi();
  const { t } = useI18n();
  const [volunteers, setVolunteers] = useState<Volunteer[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [handle, setHandle] = useState('');

  const showVolunteers = async () => {
    const result = await api.volunteers(call.id);
    if (!result.ok) return setError(result.error);
    setVolunteers(result.value);
  };
  const exportCsv = async () => {
    const result = await api.exportVolunteers(call.id);
    if (!result.ok) return setError(result.error);
    const url = URL.createObjectURL(result.value.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = result.value.fileName ?? `call-${call.id}-volunteers.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const addOrganiser = async (event: FormEvent) => {
    event.preventDefault();
    const found = await api.lookupAccount(handle.trim().replace(/^@/, ''));
    if (!found.ok) return setError(found.error);
    setError(await apply(await api.addCoOrganiser(call.id, found.value.id)));
    setHandle('');
  };

  return (
    <section className="stack" aria-labelledby="call-organise" data-testid="call-organiser-tools">
      <h2 className="section-title" id="call-organise">
        {t('calls.page.organise')}
      </h2>
      {error ? <ErrorNotice error={error} /> : null}
      {call.state === 'open' ? (
        <div className="card stack">
          <CoachedTextForm
            label={t('calls.page.update')}
            submitLabel={t('calls.page.postUpdate')}
            testId="call-update-form"
            send={async (text) => apply(await api.postCallUpdate(call.id, text))}
          />
          <CoachedTextForm
            label={t('calls.page.message')}
            submitLabel={t('calls.page.sendMessage')}
            testId="call-message-form"
            send={async (text) => apply(await api.messageVolunteers(call.id, text))}
          />
        </div>
      ) : null}
      <div className="card stack">
        <div className="row">
          <button
            type="button"
            className="button button-quiet"
            data-testid="call-show-volunteers"
            onClick={() => void showVolunteers()}
          >
            {t('calls.page.volunteers', { count: call.volunteers_count })}
          </button>
          <button
            type="button"
            className="button button-quiet"
            data-testid="call-export"
            onClick={() => void exportCsv()}
          >
            {t('calls.page.export')}
          </button>
        </div>
        {volunteers ? (
          <ul className="link-list" data-testid="call-volunteers">
            {volunteers.map((v) => (
              <li key={v.id} className="row" data-testid="call-volunteer">
                <Avatar account={v.account} />
                <Link to={profilePath(v.account)}>{displayName(v.account)}</Link>
                <span className="muted">{v.skills.join(', ')}</span>
                {v.note ? (
                  <span dir="auto">
                    {v.note}{' '}
                    {v.note_visibility === 'organisers' ? (
                      <span className="pill">{t('calls.page.noteForOrganisers')}</span>
                    ) : null}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <form className="card row" onSubmit={addOrganiser}>
        <label className="field">
          <span>{t('calls.page.coOrganiser')}</span>
          <input
            data-testid="call-co-organiser"
            value={handle}
            placeholder="@"
            onChange={(event) => setHandle(event.target.value)}
          />
        </label>
        <button type="submit" className="button button-quiet">
          {t('calls.page.addCoOrganiser')}
        </button>
      </form>
      {call.state === 'open' ? (
        <div className="card stack">
          <CoachedTextForm
            label={t('calls.page.outcome')}
            submitLabel={t('calls.page.close')}
            testId="call-close-form"
            maxLength={1000}
            send={async (text) => apply(await api.closeCall(call.id, text))}
          />
        </div>
      ) : null}
    </section>
  );
}
