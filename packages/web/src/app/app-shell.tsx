import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/session-context.tsx';
import { unreadCap } from '../features/notifications/use-unread-count.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Avatar } from '../ui/avatar.tsx';
import { Icon, type IconName } from '../ui/icons.tsx';

interface NavItem {
  to: string;
  label: MessageKey;
  icon: IconName;
  testId: string;
  signedIn: boolean;
  /** Left out of the phone's bottom bar, which has no room for it (reachable from the composer). */
  wideOnly?: boolean;
}

const navItems: readonly NavItem[] = [
  { to: '/home', label: 'nav.home', icon: 'home', testId: 'nav-home', signedIn: true },
  { to: '/local', label: 'nav.local', icon: 'local', testId: 'nav-local', signedIn: false },
  { to: '/compose', label: 'nav.compose', icon: 'write', testId: 'nav-compose', signedIn: true },
  {
    to: '/notifications',
    label: 'nav.notifications',
    icon: 'bell',
    testId: 'nav-notifications',
    signedIn: true,
  },
  { to: '/coach', label: 'nav.coach', icon: 'coach', testId: 'nav-coach', signedIn: true },
  {
    to: '/scheduled',
    label: 'nav.scheduled',
    icon: 'clock',
    testId: 'nav-scheduled',
    signedIn: true,
    wideOnly: true,
  },
  { to: '/search', label: 'nav.search', icon: 'search', testId: 'nav-search', signedIn: false },
  {
    to: '/settings',
    label: 'nav.settings',
    icon: 'settings',
    testId: 'nav-settings',
    signedIn: false,
  },
];

// One navigation for every screen size: a side column on desktop, a bottom bar on phones (CSS).
export function AppShell(props: { unread: number }) {
  const { t, language } = useI18n();
  const me = useMe();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);

  // After navigating, move focus to the new page so screen readers and keyboards start there.
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every navigation on purpose
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname]);

  const items = navItems.filter((item) => me || !item.signedIn);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="shell-side">
        <Link to="/" className="brand" aria-label={t('app.home')}>
          <img className="brand-mark" src="/favicon.svg" alt="" width="32" height="32" />
          <span className="brand-name">Empathie</span>
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="nav">
            {items.map((item) => (
              <li key={item.to} className={item.wideOnly ? 'nav-wide-only' : undefined}>
                <NavLink to={item.to} className="nav-link" data-testid={item.testId}>
                  <Icon name={item.icon} />
                  <span className="nav-label">{t(item.label)}</span>
                  {item.to === '/notifications' && props.unread > 0 ? (
                    <span className="nav-badge" data-testid="nav-unread">
                      <span aria-hidden="true">
                        {props.unread >= unreadCap ? `${unreadCap}+` : props.unread}
                      </span>
                      <span className="visually-hidden">
                        {t('nav.unread', { count: props.unread })}
                      </span>
                    </span>
                  ) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {me ? (
          <Link to={`/@${me.acct}`} className="shell-me" data-testid="nav-profile">
            <Avatar account={me} />
            <span className="nav-label">
              <strong>{me.display_name || me.username}</strong>
              <span className="muted">@{me.acct}</span>
            </span>
          </Link>
        ) : (
          <div className="shell-guest">
            <Link to="/login" className="button button-quiet button-small" data-testid="nav-login">
              {t('auth.loginLink')}
            </Link>
            <Link to="/signup" className="button button-small" data-testid="nav-signup">
              {t('auth.signupLink')}
            </Link>
          </div>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="shell-main">
        <Outlet />
      </main>
    </div>
  );
}
