import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import type { AuthorizationInfo } from '../../api/oauth-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { isUiLanguage } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { useSession } from '../auth/session-context.tsx';
import { scopeLabel } from './scope-labels.ts';

/** The parameters the app sent, kept as they are (the server checks them again on the answer). */
function paramsOf(search: string): Record<string, string> {
  const params: Record<string, string> = Object.create(null);
  for (const [key, value] of new URLSearchParams(search)) params[key] = value;
  return params;
}

/** The same request without `force_login`, to come back to after logging in again. */
function withoutForceLogin(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('force_login');
  return `/oauth/authorize?${params.toString()}`;
}

type Answer = { kind: 'code'; code: string } | { kind: 'denied' } | { kind: 'leaving' };

/**
 * OAuth's log-in and consent page: which app asks, for what, on which account. The answer goes
 * to the server through the web session (never a token the page holds), and the page cannot be
 * framed by another site (ADR 0009), so nobody can click "Authorize" for the person.
 */
export function AuthorizePage() {
  const api = useApi();
  const { session, signOut } = useSession();
  const { t, language, setLanguage } = useI18n();
  const location = useLocation();
  const params = useMemo(() => paramsOf(location.search), [location.search]);
  const [info, setInfo] = useState<AuthorizationInfo | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const forceLogin = params.force_login === 'true';

  useEffect(() => {
    const lang = params.lang?.slice(0, 2);
    if (isUiLanguage(lang) && lang !== language) setLanguage(lang);
  }, [params, language, setLanguage]);

  useEffect(() => {
    let live = true;
    void api.authorizationInfo(params).then((result) => {
      if (!live) return;
      if (result.ok) setInfo(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, params]);

  // `force_login`: the app wants the person to log in again, whoever is signed in here.
  useEffect(() => {
    if (forceLogin && session.status === 'signed-in') void signOut();
  }, [forceLogin, session.status, signOut]);

  const decide = async (decision: 'approve' | 'deny') => {
    setBusy(true);
    const result = await api.decideAuthorization(params, decision);
    if (!result.ok) {
      setBusy(false);
      return setError(result.error);
    }
    const value = result.value;
    if ('redirect_to' in value) {
      setAnswer({ kind: 'leaving' });
      window.location.assign(value.redirect_to);
    } else if ('code' in value) {
      setAnswer({ kind: 'code', code: value.code });
    } else {
      setAnswer({ kind: 'denied' });
    }
    setBusy(false);
  };

  if (error) {
    return (
      <section className="auth-panel card" data-testid="oauth-error">
        <h1>{t('oauth.errorTitle')}</h1>
        <ErrorNotice error={error} />
      </section>
    );
  }
  if (!info || session.status === 'loading') return <Loading label={t('common.loading')} />;

  const appName = info.application.name;
  if (answer?.kind === 'code') {
    return (
      <section className="auth-panel card stack" data-testid="oauth-code-panel">
        <h1>{t('oauth.codeTitle')}</h1>
        <p>{t('oauth.codeHelp', { app: appName })}</p>
        <code className="oauth-code" data-testid="oauth-code">
          {answer.code}
        </code>
      </section>
    );
  }
  if (answer?.kind === 'denied') {
    return (
      <section className="auth-panel card" data-testid="oauth-denied">
        <p>{t('oauth.denied', { app: appName })}</p>
      </section>
    );
  }

  return (
    <section className="auth-panel card stack" data-testid="oauth-consent">
      <h1>{t('oauth.title', { app: appName })}</h1>
      {info.application.website ? (
        <p className="muted">
          {t('oauth.website')} <span data-testid="oauth-website">{info.application.website}</span>
        </p>
      ) : null}
      <p className="muted">{t('oauth.nameWarning')}</p>
      <h2>{t('oauth.scopesTitle')}</h2>
      <ul data-testid="oauth-scopes">
        {info.scopes.map((scope) => (
          <li key={scope}>{scopeLabel(scope, t)}</li>
        ))}
      </ul>
      {session.status === 'signed-in' && !forceLogin ? (
        <>
          <p data-testid="oauth-account">
            {t('oauth.asAccount', { acct: `@${session.account.acct}` })}
          </p>
          <div className="row">
            <button
              type="button"
              className="button"
              disabled={busy || answer !== null}
              onClick={() => void decide('approve')}
              data-testid="oauth-approve"
            >
              {t('oauth.approve')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy || answer !== null}
              onClick={() => void decide('deny')}
              data-testid="oauth-deny"
            >
              {t('oauth.deny')}
            </button>
          </div>
          <p>
            <button type="button" className="button button-quiet" onClick={() => void signOut()}>
              {t('oauth.notYou')}
            </button>
          </p>
        </>
      ) : (
        <p>
          <Link
            to="/login"
            state={{ from: withoutForceLogin(location.search) }}
            className="button"
            data-testid="oauth-login"
          >
            {t('oauth.logInToContinue')}
          </Link>
        </p>
      )}
    </section>
  );
}
