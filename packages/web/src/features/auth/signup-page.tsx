import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { useInstance } from '../../app/instance-context.tsx';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice, Loading } from '../../ui/feedback.tsx';
import { RulesList } from '../rules/rules-list.tsx';
import { useRules } from '../rules/use-rules.ts';
import { useSession } from './session-context.tsx';
import { type SignUpDraft, type SignUpProblem, validateSignUp } from './signup-rules.ts';

export function SignUpPage() {
  const api = useApi();
  const { signIn } = useSession();
  const { instance } = useInstance();
  const { t, language } = useI18n();
  const navigate = useNavigate();
  // An invite link (`/signup?invite=CODE`, or the server's `/invite/CODE`) fills in the code.
  const [params] = useSearchParams();
  const invitedWith = params.get('invite')?.slice(0, 64) ?? '';
  const { rules, botsMustDeclare, error: rulesError, reload: reloadRules } = useRules();
  const [draft, setDraft] = useState<SignUpDraft>({
    username: '',
    email: '',
    password: '',
    agreement: false,
    reason: '',
    inviteCode: invitedWith,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [checked, setChecked] = useState(false);
  const approval = instance?.registrations?.approval_required === true;
  const invite = instance?.registrations?.enabled === false || invitedWith !== '';
  const problems = validateSignUp(draft);
  const edit = (change: Partial<SignUpDraft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (problems.length) return;
    setBusy(true);
    const result = await api.signUp({
      username: draft.username.trim(),
      email: draft.email.trim(),
      password: draft.password,
      agreement: draft.agreement,
      locale: language,
      ...(approval && draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
      ...(draft.inviteCode.trim() ? { invite_code: draft.inviteCode.trim() } : {}),
      // The rules the person read and accepted; the server refuses if they changed meanwhile.
      ...(rules ? { rule_ids: rules.map((rule) => rule.id) } : {}),
    });
    if (!result.ok) {
      setBusy(false);
      if (result.error.kind === 'http' && result.error.fields.rule_ids) reloadRules();
      return setError(result.error);
    }
    const failure = await signIn(result.value.access_token);
    setBusy(false);
    // A waiting sign-up's token stays inert until an admin approves it: refused right after a
    // successful sign-up, it can only mean the account waits (approval mode).
    if (
      failure?.kind === 'http' &&
      (failure.code === 'approval_required' || failure.code === 'unauthorized')
    ) {
      return setPending(true);
    }
    if (failure) return setError(failure);
    navigate('/welcome/intention', { replace: true });
  };

  if (pending) {
    return (
      <section className="auth-panel card" aria-live="polite">
        <h1>{t('auth.pendingTitle')}</h1>
        <p>{t('auth.pendingText')}</p>
      </section>
    );
  }

  // Our own check speaks first; the server's answer for the field comes next.
  const fieldError = (name: SignUpProblem) => {
    const message =
      checked && problems.includes(name)
        ? t(`auth.problem.${name}`)
        : error?.kind === 'http'
          ? error.fields[name]
          : undefined;
    return message ? (
      <span className="field-error" id={`signup-${name}-error`}>
        {message}
      </span>
    ) : null;
  };

  return (
    <section className="auth-panel card">
      <h1>{t('auth.signupTitle')}</h1>
      <p>{t('auth.signupLede')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('auth.username')}</span>
          <span className="hint">{t('auth.usernameHelp')}</span>
          <input
            data-testid="signup-username"
            autoComplete="username"
            required
            value={draft.username}
            onChange={(event) => edit({ username: event.target.value })}
          />
          {fieldError('username')}
        </label>
        <label className="field">
          <span>{t('auth.email')}</span>
          <input
            data-testid="signup-email"
            type="email"
            autoComplete="email"
            required
            value={draft.email}
            onChange={(event) => edit({ email: event.target.value })}
          />
          {fieldError('email')}
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <span className="hint">{t('auth.passwordHelp')}</span>
          <input
            data-testid="signup-password"
            type="password"
            autoComplete="new-password"
            required
            value={draft.password}
            onChange={(event) => edit({ password: event.target.value })}
          />
          {fieldError('password')}
        </label>
        {approval ? (
          <label className="field">
            <span>{t('auth.reason')}</span>
            <textarea
              value={draft.reason}
              rows={3}
              onChange={(event) => edit({ reason: event.target.value })}
            />
          </label>
        ) : null}
        {invite ? (
          <label className="field">
            <span>{t('auth.inviteCode')}</span>
            <input
              data-testid="signup-invite"
              value={draft.inviteCode}
              onChange={(event) => edit({ inviteCode: event.target.value })}
            />
          </label>
        ) : null}
        <fieldset className="stack" data-testid="signup-rules">
          <legend>{t('auth.rulesTitle')}</legend>
          <p className="hint">{t('auth.rulesLede')}</p>
          {rules ? <RulesList rules={rules} botsMustDeclare={botsMustDeclare} /> : null}
          {!rules && !rulesError ? <Loading /> : null}
          {rulesError ? <ErrorNotice error={rulesError} onRetry={reloadRules} /> : null}
          <p>
            <Link to="/rules" target="_blank" rel="noopener">
              {t('auth.rulesPage')}
            </Link>
          </p>
        </fieldset>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="signup-agreement"
            checked={draft.agreement}
            onChange={(event) => edit({ agreement: event.target.checked })}
          />
          <span>{t('auth.agreement')}</span>
        </label>
        {fieldError('agreement')}
        {error ? <ErrorNotice error={error} /> : null}
        <button type="submit" className="button" disabled={busy} data-testid="signup-submit">
          {busy ? t('common.loading') : t('auth.signupSubmit')}
        </button>
      </form>
      <p className="auth-switch">
        {t('auth.haveAccount')} <Link to="/login">{t('auth.loginLink')}</Link>
      </p>
    </section>
  );
}
