import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Avatar } from '../../ui/avatar.tsx';
import { ErrorNotice, PageHeader } from '../../ui/feedback.tsx';
import { ALLY_PERMISSIONS, type Ally, type AllyPermission } from '../shield/shield.types.ts';
import { displayName, profilePath } from '../status/status-helpers.ts';
import { AllyLog } from './ally-log.tsx';

/**
 * Allies: the people I trust to help when a pile-on comes (invite, choose what each may do,
 * revoke at once), my invitations to help others, the people I help, and what allies did.
 */
export function AlliesPage() {
  const api = useApi();
  const { t } = useI18n();
  const [allies, setAllies] = useState<Ally[]>([]);
  const [invitations, setInvitations] = useState<Ally[]>([]);
  const [helping, setHelping] = useState<Ally[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [acct, setAcct] = useState('');
  const [permissions, setPermissions] = useState<AllyPermission[]>(['review']);

  const refresh = useCallback(() => {
    void api.allies().then((r) => (r.ok ? setAllies(r.value) : setError(r.error)));
    void api.allyInvitations().then((r) => (r.ok ? setInvitations(r.value) : setError(r.error)));
    void api.helping().then((r) => (r.ok ? setHelping(r.value) : setError(r.error)));
  }, [api]);
  useEffect(refresh, [refresh]);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    const found = await api.lookupAccount(acct.trim().replace(/^@/, ''));
    if (!found.ok) return setError(found.error);
    const result = await api.inviteAlly(found.value.id, permissions);
    if (!result.ok) return setError(result.error);
    setError(null);
    setAcct('');
    setAnnouncement(t('allies.invited', { name: displayName(found.value) }));
    refresh();
  };

  const change = async (ally: Ally, permission: AllyPermission, on: boolean) => {
    const next = on
      ? [...ally.permissions, permission]
      : ally.permissions.filter((p) => p !== permission);
    const result = await api.inviteAlly(ally.account.id, next);
    if (!result.ok) return setError(result.error);
    setError(null);
    refresh();
  };

  const revoke = async (ally: Ally) => {
    const result = await api.revokeAlly(ally.account.id);
    if (!result.ok) return setError(result.error);
    setAnnouncement(t('allies.revoked', { name: displayName(ally.account) }));
    refresh();
  };

  const answer = async (invitation: Ally, decision: 'accept' | 'decline') => {
    const result = await api.answerAllyInvitation(invitation.id, decision);
    if (!result.ok) return setError(result.error);
    setAnnouncement(
      t(decision === 'accept' ? 'allies.accepted' : 'allies.declined', {
        name: displayName(invitation.account),
      }),
    );
    refresh();
  };

  return (
    <>
      <PageHeader title={t('allies.title')}>
        <p className="page-lede">{t('allies.lede')}</p>
      </PageHeader>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {error ? <ErrorNotice error={error} /> : null}

      {invitations.length > 0 ? (
        <section
          className="card stack"
          aria-labelledby="ally-invitations"
          data-testid="ally-invitations"
        >
          <h2 id="ally-invitations" className="section-title">
            {t('allies.invitationsTitle')}
          </h2>
          <ul className="account-list">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="account-row" data-testid="ally-invitation">
                <Avatar account={invitation.account} />
                <span>
                  {t('allies.invitation', { name: displayName(invitation.account) })}{' '}
                  <span className="hint">
                    {invitation.permissions.map((p) => t(`allies.permission.${p}`)).join(' · ')}
                  </span>
                </span>
                <span className="row row-end">
                  <button
                    type="button"
                    className="button button-small"
                    data-testid="ally-accept"
                    onClick={() => answer(invitation, 'accept')}
                  >
                    {t('allies.accept')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    data-testid="ally-decline"
                    onClick={() => answer(invitation, 'decline')}
                  >
                    {t('allies.decline')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {helping.length > 0 ? (
        <section className="card stack" aria-labelledby="ally-helping" data-testid="ally-helping">
          <h2 id="ally-helping" className="section-title">
            {t('allies.helpingTitle')}
          </h2>
          <ul className="account-list">
            {helping.map((row) => (
              <li key={row.id} className="account-row">
                <Avatar account={row.account} />
                <Link
                  to={`/shield/for/${encodeURIComponent(row.account.id)}`}
                  data-testid="ally-helping-link"
                >
                  {t('allies.helpingLink', { name: displayName(row.account) })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card stack" aria-labelledby="my-allies" data-testid="my-allies">
        <h2 id="my-allies" className="section-title">
          {t('allies.mineTitle')}
        </h2>
        <form className="stack" onSubmit={invite}>
          <label className="field">
            <span>{t('allies.inviteWho')}</span>
            <input
              data-testid="ally-invite-acct"
              value={acct}
              required
              autoComplete="off"
              onChange={(event) => setAcct(event.target.value)}
            />
          </label>
          <fieldset className="stack">
            <legend>{t('allies.permissions')}</legend>
            {ALLY_PERMISSIONS.map((permission) => (
              <label key={permission} className="checkbox">
                <input
                  type="checkbox"
                  data-testid={`ally-invite-${permission}`}
                  checked={permissions.includes(permission)}
                  onChange={(event) =>
                    setPermissions((current) =>
                      event.target.checked
                        ? [...current, permission]
                        : current.filter((p) => p !== permission),
                    )
                  }
                />
                <span>
                  {t(`allies.permission.${permission}`)}
                  <span className="hint">{t(`allies.permission.${permission}.help`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button" data-testid="ally-invite">
            {t('allies.invite')}
          </button>
        </form>
        {allies.length === 0 ? <p className="hint">{t('allies.none')}</p> : null}
        <ul className="account-list">
          {allies.map((ally) => (
            <li
              key={ally.id}
              className="account-row stack"
              data-testid="ally"
              data-state={ally.state}
            >
              <span className="row">
                <Avatar account={ally.account} />
                <Link to={profilePath(ally.account)}>
                  <strong dir="auto">{displayName(ally.account)}</strong>
                </Link>
                <span className="badge">{t(`allies.state.${ally.state}`)}</span>
              </span>
              <span className="row">
                {ALLY_PERMISSIONS.map((permission) => (
                  <label key={permission} className="checkbox">
                    <input
                      type="checkbox"
                      checked={ally.permissions.includes(permission)}
                      onChange={(event) => change(ally, permission, event.target.checked)}
                    />
                    <span>{t(`allies.permission.${permission}`)}</span>
                  </label>
                ))}
                <button
                  type="button"
                  className="button button-quiet button-small"
                  data-testid="ally-revoke"
                  onClick={() => revoke(ally)}
                >
                  {t('allies.revoke')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
      <AllyLog />
    </>
  );
}
