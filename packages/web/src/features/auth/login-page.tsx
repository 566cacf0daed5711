import { type FormEvent, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ApiError } from '../../api/api-error.ts';
import { useApi } from '../../app/services-context.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorNotice } from '../../ui/feedback.tsx';
import { useSession } from './session-context.tsx';

export function LoginPage() {
  const api = useApi();
  const { signIn } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const token = await api.logIn(username.trim(), password);
    if (!token.ok) {
      setBusy(false);
      return setError(token.error);
    }
    const failure = await signIn(token.value.access_token);
    setBusy(false);
    if (failure) return setError(failure);
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from && from !== '/login' ? from : '/home', { replace: true });
  };

  return (
    <section className="auth-panel card">
      <h1>{t('auth.loginTitle')}</h1>
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>{t('auth.usernameOrEmail')}</span>
          <input
            data-testid="login-username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('auth.password')}</span>
          <input
            data-testid="login-password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error ? <ErrorNotice error={error} /> : null}
        <button type="submit" className="button" disabled={busy} data-testid="login-submit">
          {busy ? t('common.loading') : t('auth.loginSubmit')}
        </button>
      </form>
      <p className="auth-switch">
        {t('auth.noAccount')} <Link to="/signup">{t('auth.signupLink')}</Link>
      </p>
    </section>
  );
}
