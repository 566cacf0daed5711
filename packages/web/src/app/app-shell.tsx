import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useMe } from '../features/auth/session-context.tsx';
import { FooterLinks } from '../features/moderation/footer-links.tsx';
import { unreadCap } from '../features/notifications/use-unread-count.ts';
import { ReviewBanner } from '../features/scheduled/review-banner.tsx';
import type { MessageKey } from '../i18n/i18n.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Avatar } from '../ui/avatar.tsx';
import { Icon, type IconName } from '../ui/icons.tsx';
import { phoneBar } from './phone-bar.ts';

interface NavItem {
  to: string;
  label: MessageKey;
  /** A shorter word for the phone's bottom bar, where five places share 320 px. */
  short?: MessageKey;
  icon: IconName;
  testId: string;
  signedIn: boolean;
  /** On a phone, in the "more" menu rather than the bottom bar, which holds only what fits. */
  phoneMore?: boolean;
}

const navItems: readonly NavItem[] = [
  { to: '/home', label: 'nav.home', icon: 'home', testId: 'nav-home', signedIn: true },
  {
    to: '/local',
    label: 'nav.local',
    icon: 'local',
    testId: 'nav-local',
    signedIn: false,
    phoneMore: true,
  },
  { to: '/compose', label: 'nav.compose', icon: 'write', testId: 'nav-compose', signedIn: true },
  {
    to: '/notifications',
    label: 'nav.notifications',
    icon: 'bell',
    testId: 'nav-notifications',
    signedIn: true,
    short: 'nav.short.notifications',
  },
  {
    to: '/coach',
    label: 'nav.coach',
    short: 'nav.short.coach',
    icon: 'coach',
    testId: 'nav-coach',
    signedIn: true,
  },
  {
    to: '/scheduled',
    label: 'nav.scheduled',
    icon: 'clock',
    testId: 'nav-scheduled',
    signedIn: true,
    phoneMore: true,
  },
  {
    to: '/calls',
    label: 'nav.calls',
    icon: 'heart',
    testId: 'nav-calls',
    signedIn: false,
    phoneMore: true,
  },
  {
    to: '/spotlights',
    label: 'nav.spotlights',
    icon: 'person',
    testId: 'nav-spotlights',
    signedIn: false,
    phoneMore: true,
  },
  {
    to: '/shield',
    label: 'nav.shield',
    icon: 'shield',
    testId: 'nav-shield',
    signedIn: true,
    phoneMore: true,
  },
  {
    to: '/dossiers',
    label: 'nav.dossiers',
    icon: 'folder',
    testId: 'nav-dossiers',
    signedIn: true,
    phoneMore: true,
  },
  {
    to: '/search',
    label: 'nav.search',
    icon: 'search',
    testId: 'nav-search',
    signedIn: false,
    phoneMore: true,
  },
  {
    to: '/settings',
    label: 'nav.settings',
    icon: 'settings',
    testId: 'nav-settings',
    signedIn: false,
    phoneMore: true,
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
  const { more } = phoneBar(items, me !== null);
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
              <li key={item.to} className={more.includes(item) ? 'nav-wide-only' : undefined}>
                <NavLink to={item.to} className="nav-link" data-testid={item.testId}>
                  <Icon name={item.icon} />
                  {item.short ? (
                    <span className="nav-label">
                      <span className="nav-label-long">{t(item.label)}</span>
                      <span className="nav-label-short" aria-hidden="true">
                        {t(item.short)}
                      </span>
                    </span>
                  ) : (
                    <span className="nav-label">{t(item.label)}</span>
                  )}
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
            {more.length > 0 ? (
              <li className="nav-more">
                <MoreMenu items={more} profile={me ? `/@${me.acct}` : null} />
              </li>
            ) : null}
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
        {me ? <ReviewBanner /> : null}
        <Outlet />
        <FooterLinks />
      </main>
    </div>
  );
}

/**
 * The phone's "more" place: a disclosure button opening the places the bar has no room for.
 * It closes on navigation, Escape (focus back on the button) and a tap elsewhere.
 */
function MoreMenu(props: { items: readonly NavItem[]; profile: string | null }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const active = props.items.some((item) => location.pathname.startsWith(item.to));

  // biome-ignore lint/correctness/useExhaustiveDependencies: closes on every navigation
  useEffect(() => setOpen(false), [location.pathname]);
  useEffect(() => {
    if (!open) return;
    const away = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  return (
    <div className="more-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={active ? 'nav-link active' : 'nav-link'}
        aria-expanded={open}
        aria-controls="nav-more-items"
        data-testid="nav-more"
        onClick={() => setOpen((value) => !value)}
      >
        <Icon name="more" />
        <span className="nav-label">{t('nav.more')}</span>
      </button>
      {open ? (
        <ul id="nav-more-items" className="more-items">
          {props.items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} data-testid={`more-${item.testId.slice(4)}`}>
                <Icon name={item.icon} />
                {t(item.label)}
              </NavLink>
            </li>
          ))}
          {props.profile ? (
            <li>
              <NavLink to={props.profile} data-testid="more-profile">
                <Icon name="person" />
                {t('nav.profile')}
              </NavLink>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
