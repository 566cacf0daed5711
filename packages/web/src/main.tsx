import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/api-client.ts';
import { createEndpoints } from './api/endpoints.ts';
import type { UiLanguage } from './api/mastodon.types.ts';
import { AppRoutes } from './app/app-routes.tsx';
import { InstanceProvider } from './app/instance-context.tsx';
import { ServicesProvider } from './app/services-context.tsx';
import { SessionProvider } from './features/auth/session-context.tsx';
import { createSessionSignal } from './features/auth/session-signal.ts';
import { CoachEngineProvider, createEngineLoader } from './features/coach/engine-context.tsx';
import { I18nProvider } from './i18n/i18n-context.tsx';
import { initialLanguage, languageKey } from './i18n/language-choice.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/coach.css';
import './styles/held-posts.css';
import './styles/shield.css';
import './styles/account-data.css';
import './styles/collective.css';
import './styles/announcements.css';
import './styles/polls.css';
import './styles/media.css';
import './styles/live.css';

// Composition root: every dependency is built here once and handed down through context.
// The session's token is in an HttpOnly cookie, out of the page's reach (ADR 0009); storage
// keeps only the language choice.
const storage = window.localStorage;
const sessionSignal = createSessionSignal();
const language = { current: initialLanguage(storage, navigator.languages) };

const api = createEndpoints(
  createApiClient({
    fetch: (input, init) => window.fetch(input, init),
    getLanguage: () => language.current,
    onUnauthorized: sessionSignal.signedOut,
  }),
);

// The engine and its model load on first use, in their own chunks, never with the page.
const loadCoachEngine = createEngineLoader(() =>
  import('@empathie/engine').then((engine) => engine.loadEngine()),
);

const rememberLanguage = (next: string) => {
  try {
    storage.setItem(languageKey, next);
  } catch {
    // Storage refused (private mode): the choice lasts for this visit only.
  }
};

const onLanguageChange = (next: UiLanguage) => {
  language.current = next;
  rememberLanguage(next);
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');
createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={{ api, sessionSignal }}>
      <I18nProvider initial={language.current} onChange={onLanguageChange}>
        <InstanceProvider>
          <SessionProvider>
            <CoachEngineProvider load={loadCoachEngine}>
              <AppRoutes />
            </CoachEngineProvider>
          </SessionProvider>
        </InstanceProvider>
      </I18nProvider>
    </ServicesProvider>
  </StrictMode>,
);
