import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { lazy, Suspense } from 'solid-js';
import { AgendaPage } from './features/agenda/AgendaPage';
import { NowNextPage } from './features/agenda/NowNextPage';
import { SessionPage } from './features/agenda/SessionPage';
import { StandPage } from './features/stands/StandPage';
import { StandsPage } from './features/stands/StandsPage';
import { AnnouncementsPage } from './features/announcements/AnnouncementsPage';
import { UrgentBanner } from './features/announcements/UrgentBanner';
import { LiveAnnouncer } from './features/live/LiveAnnouncer';
import { OfflineSummary } from './features/offline/OfflineSummary';
import { UpdatePrompt } from './features/offline/UpdatePrompt';
import { t } from './i18n/i18n';
import { BottomNav } from './layout/BottomNav';
import { Header } from './layout/Header';
import { NotFoundPage } from './layout/NotFoundPage';

// Staff pages load on demand: attendees' phones never download them.
const StaffLoginPage = lazy(() => import('./features/staff/StaffLoginPage').then((m) => ({ default: m.StaffLoginPage })));
const ModerationPage = lazy(() => import('./features/staff/ModerationPage').then((m) => ({ default: m.ModerationPage })));
const QuestionModerationPage = lazy(() =>
  import('./features/moderation/QuestionModerationPage').then((m) => ({ default: m.QuestionModerationPage })),
);
const HostPage = lazy(() => import('./features/host/HostPage').then((m) => ({ default: m.HostPage })));
const OrganizerPage = lazy(() => import('./features/organizer/OrganizerPage').then((m) => ({ default: m.OrganizerPage })));
const ScreenPage = lazy(() => import('./features/screen/ScreenPage').then((m) => ({ default: m.ScreenPage })));

/** Around every page, the app's chrome or not (the big screen). */
function Root(props: RouteSectionProps) {
  return <Suspense>{props.children}</Suspense>;
}

function Shell(props: RouteSectionProps) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <UrgentBanner />
      <UpdatePrompt />
      <OfflineSummary />
      <main id="main" class="app-main" tabIndex={-1}>
        <Suspense>{props.children}</Suspense>
      </main>
      <LiveAnnouncer />
      <BottomNav />
    </>
  );
}

export function App() {
  return (
    <Router root={Root}>
      {/* The hall's big screen: no header, no navigation, nothing but the questions. */}
      <Route path="/screen/:sessionId" component={ScreenPage} />
      <Route component={Shell}>
        <Route path="/" component={NowNextPage} />
        <Route path="/agenda" component={AgendaPage} />
        <Route path="/session/:id" component={SessionPage} />
        <Route path="/stands" component={StandsPage} />
        <Route path="/stand/:id" component={StandPage} />
        <Route path="/infos" component={AnnouncementsPage} />
        <Route path="/staff" component={StaffLoginPage} />
        <Route path="/moderation" component={ModerationPage} />
        <Route path="/moderation/questions" component={QuestionModerationPage} />
        <Route path="/host" component={HostPage} />
        <Route path="/organizer" component={OrganizerPage} />
        <Route path="*" component={NotFoundPage} />
      </Route>
    </Router>
  );
}
