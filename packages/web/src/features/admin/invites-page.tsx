import { type FormEvent, useState } from 'react';
import type { Invite } from '../../api/admin-endpoints.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { usePaginated } from '../../app/use-paginated.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorNotice, Loading, PageHeader } from '../../ui/feedback.tsx';
import { formatFullTime } from '../../ui/format-time.ts';
import { AdminBackLink } from './admin-back-link.tsx';
import { EXPIRY_CHOICES, inviteLink, inviteState, USE_CHOICES } from './invite-rules.ts';

/** Invite codes: create one with a number of uses and an expiry, share its link, revoke it. */
export function InvitesPage() {
  const api = useApi();
  const { t, language } = useI18n();
  const list = usePaginated<Invite>(() => api.invites(), 'invites');
  const [uses, setUses] = useState('1');
  const [expiry, setExpiry] = useState('86400');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<Invite | null>(null);
  const now = Date.now();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.createInvite({
      max_uses: uses === 'none' ? null : Number(uses),
      expires_in: expiry === 'never' ? null : Number(expiry),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setCreated(result.value);
    list.prepend(result.value);
  };

  const revoke = async (invite: Invite) => {
    const result = await api.revokeInvite(invite.id);
    if (!result.ok) return setError(result.error);
    setError(null);
    list.update(invite.id, () => result.value);
  };

  return (
    <>
      <PageHeader title={t('invites.title')}>
        <AdminBackLink />
      </PageHeader>
      <p className="page-lede">{t('invites.lede')}</p>
      <form className="card stack" onSubmit={create}>
        <h2 className="section-title">{t('invites.create')}</h2>
        <label className="field">
          <span>{t('invites.maxUses')}</span>
          <select
            value={uses}
            data-testid="invite-max-uses"
            onChange={(event) => setUses(event.target.value)}
          >
            {USE_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 'none' ? t('invites.unlimited') : n}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('invites.expiresIn')}</span>
          <select
            value={expiry}
            data-testid="invite-expiry"
            onChange={(event) => setExpiry(event.target.value)}
          >
            {EXPIRY_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                {t(`invites.expiry.${choice}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button" disabled={busy} data-testid="invite-create">
          {busy ? t('common.loading') : t('invites.create')}
        </button>
        {created ? (
          <div className="notice" role="status">
            <p>{t('invites.created')}</p>
            <label className="field">
              <span>{t('invites.link')}</span>
              <input
                readOnly
                value={inviteLink(created, window.location.origin)}
                data-testid="invite-link"
                onFocus={(event) => event.target.select()}
              />
            </label>
          </div>
        ) : null}
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' && list.error ? (
        <ErrorNotice error={list.error} onRetry={list.reload} />
      ) : null}
      {list.status === 'ready' && list.items.length === 0 ? (
        <EmptyState title={t('invites.empty')} />
      ) : null}
      <ul className="stack">
        {list.items.map((invite) => {
          const state = inviteState(invite, now);
          return (
            <li key={invite.id} className="card stack" data-testid="invite-row">
              <p>
                <code>{invite.code}</code>{' '}
                <span className="badge" data-testid="invite-state">
                  {t(`invites.state.${state}`)}
                </span>
              </p>
              <p className="hint">
                {invite.max_uses === null
                  ? t('invites.usesUnlimited', { uses: invite.uses })
                  : t('invites.uses', { uses: invite.uses, max: invite.max_uses })}
                {' · '}
                {invite.expires_at
                  ? t(state === 'active' ? 'invites.expires' : 'invites.ended', {
                      date: formatFullTime(invite.expires_at, language),
                    })
                  : t('invites.noExpiry')}
              </p>
              {state === 'active' ? (
                <div className="row">
                  <input
                    readOnly
                    aria-label={t('invites.link')}
                    value={inviteLink(invite, window.location.origin)}
                    onFocus={(event) => event.target.select()}
                  />
                  <button
                    type="button"
                    className="button button-quiet"
                    data-testid="invite-revoke"
                    onClick={() => revoke(invite)}
                  >
                    {t('invites.revoke')}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {list.hasMore ? (
        <button type="button" className="button button-quiet" onClick={list.loadMore}>
          {t('adminArea.more')}
        </button>
      ) : null}
    </>
  );
}
