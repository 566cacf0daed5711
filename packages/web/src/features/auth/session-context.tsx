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
import { deviceStorage, forgetAccountDrafts } from '../compose/local-draft.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; account: CredentialAccount };

interface SessionValue {
  session: SessionState;
  /**
   * Hands a fresh token to the server, which keeps it in the HttpOnly session cookie (the app
   * forgets it), then loads the account; returns the error when the token is refused.
   */
  signIn: (token: string) => Promise<ApiError | null>;
  signOut: () => Promise<void>;
  setAccount: (account: CredentialAccount) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider(props: { children: ReactNode }) {
  const { api, sessionSignal } = useServices();
  const { setLanguage } = useI18n();
  // Scripts cannot see the session cookie: only the server can say whether there is one.
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const loadAccount = useCallback(async (): Promise<ApiError | null> => {
    const result = await api.verifyCredentials();
    if (result.ok) {
      setSession({ status: 'signed-in', account: result.value });
      return null;
    }
    // A network failure leaves the cookie in place: the next visit may well succeed.
    setSession({ status: 'signed-out' });
    return result.error;
  }, [api]);

  useEffect(() => {
    void loadAccount();
    return sessionSignal.onSignedOut(() => setSession({ status: 'signed-out' }));
  }, [loadAccount, sessionSignal]);

  const signIn = useCallback(
    async (token: string) => {
      const opened = await api.openWebSession(token);
      if (!opened.ok) {
        setSession({ status: 'signed-out' });
        return opened.error;
      }
      const error = await loadAccount();
      if (error) return error;
      // A person signing in on a new device finds the language they chose elsewhere.
      const preferences = await api.preferences();
      if (preferences.ok && isUiLanguage(preferences.value.ui_language)) {
        setLanguage(preferences.value.ui_language);
      }
      return null;
    },
    [api, loadAccount, setLanguage],
  );

  const signOut = useCallback(async () => {
    // Logging out on purpose leaves nothing typed behind on a shared device.
    if (session.status === 'signed-in') forgetAccountDrafts(deviceStorage(), session.account.id);
    await api.logOut();
    setSession({ status: 'signed-out' });
  }, [api, session]);

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
