import type { ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import type { CredentialAccount } from '../api/mastodon.types.ts';
import { AdminPage } from '../features/admin/admin-page.tsx';
import { AlertsPage } from '../features/admin/alerts-page.tsx';
import { InviteRedirect } from '../features/admin/invite-redirect.tsx';
import { InvitesPage } from '../features/admin/invites-page.tsx';
import { PendingPage } from '../features/admin/pending-page.tsx';
import { AlliesPage } from '../features/allies/allies-page.tsx';
import { AnnouncementsAdminPage } from '../features/announcements/announcements-admin-page.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { useSession } from '../features/auth/session-context.tsx';
import { SignUpPage } from '../features/auth/signup-page.tsx';
import { WelcomePage } from '../features/auth/welcome-page.tsx';
import { BlockListPage } from '../features/block-lists/block-list-page.tsx';
import { BlockListsPage } from '../features/block-lists/block-lists-page.tsx';
import { CallComposePage } from '../features/calls/call-compose-page.tsx';
import { CallPage } from '../features/calls/call-page.tsx';
import { CallsPage } from '../features/calls/calls-page.tsx';
import { SkillsSettingsPage } from '../features/calls/skills-settings-page.tsx';
import { CirclePage } from '../features/circles/circle-page.tsx';
import { ComposePage } from '../features/compose/compose-page.tsx';
import { DossierGuidePage } from '../features/dossiers/dossier-guide-page.tsx';
import { DossierPage } from '../features/dossiers/dossier-page.tsx';
import { DossiersPage } from '../features/dossiers/dossiers-page.tsx';
import { VerifyDossierPage } from '../features/dossiers/verify-page.tsx';
import { FiltersPage } from '../features/filters/filters-page.tsx';
import { FollowRequestsPage } from '../features/follow-requests/follow-requests-page.tsx';
import { HashtagPage } from '../features/hashtag/hashtag-page.tsx';
import { LiveProvider } from '../features/live/live-context.tsx';
import { AppealsPage } from '../features/moderation/appeals-page.tsx';
import { AuditPage } from '../features/moderation/audit-page.tsx';
import { QueuePage } from '../features/moderation/queue-page.tsx';
import { MyCoachPage } from '../features/my-coach/my-coach-page.tsx';
import { NoticePage } from '../features/notices/notice-page.tsx';
import { NotificationRequestsPage } from '../features/notification-requests/notification-requests-page.tsx';
import { NotificationsPage } from '../features/notifications/notifications-page.tsx';
import { useUnreadCount } from '../features/notifications/use-unread-count.ts';
import { AuthorizePage } from '../features/oauth/authorize-page.tsx';
import { EditProfilePage } from '../features/profile/edit-profile-page.tsx';
import { IntentionPage } from '../features/profile/intention-page.tsx';
import { ProfileRoute } from '../features/profile/profile-page.tsx';
import { MyReportsPage } from '../features/reports/my-reports-page.tsx';
import { AboutPage } from '../features/rules/about-page.tsx';
import { RulesPage } from '../features/rules/rules-page.tsx';
import { ScheduledPage } from '../features/scheduled/scheduled-page.tsx';
import { SearchPage } from '../features/search/search-page.tsx';
import { SettingsPage } from '../features/settings/settings-page.tsx';
import { ShieldForPage } from '../features/shield/shield-for-page.tsx';
import { ShieldPage } from '../features/shield/shield-page.tsx';
import { SpotlightComposePage } from '../features/spotlights/spotlight-compose-page.tsx';
import { SpotlightsWeekPage } from '../features/spotlights/spotlights-week-page.tsx';
import { StatementsPage } from '../features/statements/statements-page.tsx';
import { ThreadPage } from '../features/thread/thread-page.tsx';
import { HomePage, LocalPage } from '../features/timeline/timeline-pages.tsx';
import { TransparencyPage } from '../features/transparency/transparency-page.tsx';
import { UndoProvider } from '../features/undo/undo-context.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Loading } from '../ui/feedback.tsx';
import { AppShell } from './app-shell.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { useApi } from './services-context.tsx';

export function AppRoutes() {
  return (
    <BrowserRouter>
      <UndoProvider>
        <LiveProvider>
          <RoutesInShell />
        </LiveProvider>
      </UndoProvider>
    </BrowserRouter>
  );
}

function RoutesInShell() {
  const api = useApi();
  const { session } = useSession();
  const unread = useUnreadCount(api, session.status === 'signed-in');
  return (
    <Routes>
      <Route element={<AppShell unread={unread.count} />}>
        <Route index element={<RootRedirect />} />
        <Route path="welcome" element={<WelcomePage />} />
        <Route
          path="login"
          element={
            <GuestOnly>
              <LoginPage />
            </GuestOnly>
          }
        />
        <Route
          path="signup"
          element={
            <GuestOnly>
              <SignUpPage />
            </GuestOnly>
          }
        />
        <Route
          path="welcome/intention"
          element={<SignedIn>{(me) => <IntentionPage account={me} />}</SignedIn>}
        />
        <Route path="home" element={<SignedIn>{() => <HomePage />}</SignedIn>} />
        <Route path="local" element={<LocalPage />} />
        <Route path="compose" element={<SignedIn>{() => <ComposePage />}</SignedIn>} />
        <Route path="statuses/:id" element={<ThreadPage />} />
        <Route
          path="notifications"
          element={<SignedIn>{() => <NotificationsPage onRead={unread.refresh} />}</SignedIn>}
        />
        <Route
          path="coach"
          element={<SignedIn>{(me) => <MyCoachPage accountId={me.id} />}</SignedIn>}
        />
        <Route
          path="scheduled"
          element={<SignedIn>{(me) => <ScheduledPage accountId={me.id} />}</SignedIn>}
        />
        <Route path="search" element={<SearchPage />} />
        <Route path="tags/:tag" element={<HashtagPage />} />
        <Route
          path="follow-requests"
          element={<SignedIn>{() => <FollowRequestsPage />}</SignedIn>}
        />
        <Route path="shield" element={<SignedIn>{() => <ShieldPage />}</SignedIn>} />
        <Route
          path="shield/for/:accountId"
          element={<SignedIn>{() => <ShieldForPage />}</SignedIn>}
        />
        <Route path="allies" element={<SignedIn>{() => <AlliesPage />}</SignedIn>} />
        <Route path="filters" element={<SignedIn>{() => <FiltersPage />}</SignedIn>} />
        <Route path="block-lists" element={<SignedIn>{() => <BlockListsPage />}</SignedIn>} />
        <Route path="calls" element={<CallsPage />} />
        <Route path="calls/new" element={<SignedIn>{() => <CallComposePage />}</SignedIn>} />
        <Route path="calls/:id" element={<CallPage />} />
        <Route
          path="circles/for/:accountId"
          element={<SignedIn>{() => <CirclePage />}</SignedIn>}
        />
        <Route path="spotlights" element={<SpotlightsWeekPage />} />
        <Route
          path="spotlights/new/:acct"
          element={<SignedIn>{() => <SpotlightComposePage />}</SignedIn>}
        />
        <Route
          path="settings/skills"
          element={<SignedIn>{() => <SkillsSettingsPage />}</SignedIn>}
        />
        <Route path="block-lists/:id" element={<SignedIn>{() => <BlockListPage />}</SignedIn>} />
        <Route
          path="notifications/requests"
          element={<SignedIn>{() => <NotificationRequestsPage />}</SignedIn>}
        />
        <Route path="dossiers" element={<SignedIn>{() => <DossiersPage />}</SignedIn>} />
        {/* Verifying and the guide are for anyone: a lawyer has no account here. */}
        <Route path="dossiers/verify" element={<VerifyDossierPage />} />
        <Route path="dossiers/guide" element={<DossierGuidePage />} />
        <Route path="dossiers/:id" element={<SignedIn>{() => <DossierPage />}</SignedIn>} />
        {/* Moderation (DSA): notices and the transparency report are for anyone. */}
        <Route path="rules" element={<RulesPage />} />
        <Route path="about" element={<AboutPage />} />
        <Route path="oauth/authorize" element={<AuthorizePage />} />
        <Route path="invite/:code" element={<InviteRedirect />} />
        <Route path="admin" element={<SignedIn>{() => <AdminPage />}</SignedIn>} />
        <Route path="admin/pending" element={<SignedIn>{() => <PendingPage />}</SignedIn>} />
        <Route path="admin/invites" element={<SignedIn>{() => <InvitesPage />}</SignedIn>} />
        <Route
          path="admin/announcements"
          element={<SignedIn>{() => <AnnouncementsAdminPage />}</SignedIn>}
        />
        <Route path="moderation/alerts" element={<SignedIn>{() => <AlertsPage />}</SignedIn>} />
        <Route path="notice" element={<NoticePage />} />
        <Route path="transparency" element={<TransparencyPage />} />
        <Route path="reports" element={<SignedIn>{() => <MyReportsPage />}</SignedIn>} />
        <Route path="statements" element={<SignedIn>{() => <StatementsPage />}</SignedIn>} />
        <Route path="moderation" element={<SignedIn>{() => <QueuePage />}</SignedIn>} />
        <Route path="moderation/appeals" element={<SignedIn>{() => <AppealsPage />}</SignedIn>} />
        <Route path="moderation/audit" element={<SignedIn>{() => <AuditPage />}</SignedIn>} />
        <Route path="settings" element={<SettingsPage />} />
        <Route
          path="settings/profile"
          element={<SignedIn>{(me) => <EditProfilePage key={me.id} account={me} />}</SignedIn>}
        />
        <Route path=":acct" element={<ProfileRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function RootRedirect() {
  const { session } = useSession();
  if (session.status === 'loading') return <SessionLoading />;
  return <Navigate to={session.status === 'signed-in' ? '/home' : '/welcome'} replace />;
}

/** Pages that need an account send guests to log in, then back where they were going. */
function SignedIn(props: { children: (me: CredentialAccount) => ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <SessionLoading />;
  if (session.status === 'signed-out') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <>{props.children(session.account)}</>;
}

function GuestOnly(props: { children: ReactNode }) {
  const { session } = useSession();
  if (session.status === 'signed-in') return <Navigate to="/home" replace />;
  return <>{props.children}</>;
}

function SessionLoading() {
  const { t } = useI18n();
  return <Loading label={t('auth.checking')} />;
}
