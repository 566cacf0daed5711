import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { ApiError } from '../../api/api-error.ts';
import type { CredentialAccount } from '../../api/mastodon.types.ts';
import { useServices } from '../../app/services-context.tsx';
import { isUiLanguage } from '../../i18n/i18n.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; account: CredentialAccount };

interface SessionValue {
  session: SessionState;
  /** Stores the token, loads the account; returns the error when the token is refused. */
  signIn: (token: string) => Promise<ApiError | null>;
  signOut: () => Promise<void>;
  setAccount: (account: CredentialAccount) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider(props: { children: ReactNode }) {
  const { api, tokens } = useServices();
  const { setLanguage } = useI18n();
  const [session, setSession] = useState<SessionState>(() =>
    tokens.get() ? { status: 'loading' } : { status: 'signed-out' },
  );

  const loadAccount = useCallback(async (): Promise<ApiError | null> => {
    const result = await api.verifyCredentials();
    if (result.ok) {
      setSession({ status: 'signed-in', account: result.value });
      return null;
    }
    // A network failure keeps the token: the next visit may well succeed.
    if (result.error.kind === 'http') tokens.clear();
    setSession({ status: 'signed-out' });
    return result.error;
  }, [api, tokens]);

  useEffect(() => {
    if (tokens.get()) void loadAccount();
    return tokens.subscribe((token) => {
      if (token === null) setSession({ status: 'signed-out' });
    });
  }, [loadAccount, tokens]);

  const signIn = useCallback(
    async (token: string) => {
      tokens.set(token);
      const error = await loadAccount();
      if (error) return error;
      // A person signing in on a new device finds the language they chose elsewhere.
      const preferences = await api.preferences();
      if (preferences.ok && isUiLanguage(preferences.value.ui_language)) {
        setLanguage(preferences.value.ui_language);
      }
      return null;
    },
    [api, loadAccount, setLanguage, tokens],
  );

  const signOut = useCallback(async () => {
    const token = tokens.get();
    if (token) await api.logOut(token);
    tokens.clear();
  }, [api, tokens]);

  const setAccount = useCallback((account: CredentialAccount) => {
    setSession({ status: 'signed-in', account });
  }, []);

  const value = useMemo(
    () => ({ session, signIn, signOut, setAccount }),
    [session, signIn, signOut, setAccount],
  );
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in account, or null. */
export function useMe(): CredentialAccount | null {
  const { session } = useSession();
  return session.status === 'signed-in' ? session.account : null;
}
