import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { lazy, Suspense } from 'solid-js';
import { AgendaPage } from './features/agenda/AgendaPage';
import { NowNextPage } from './features/agenda/NowNextPage';
import { SessionPage } from './features/agenda/SessionPage';
import { AnnouncementsPage } from './features/announcements/AnnouncementsPage';
import { UrgentBanner } from './features/announcements/UrgentBanner';
import { LiveAnnouncer } from './features/live/LiveAnnouncer';
import { t } from './i18n/i18n';
import { BottomNav } from './layout/BottomNav';
import { Header } from './layout/Header';
import { NotFoundPage } from './layout/NotFoundPage';

// Staff pages load on demand: attendees' phones never download them.
const StaffLoginPage = lazy(() => import('./features/staff/StaffLoginPage').then((m) => ({ default: m.StaffLoginPage })));
const ModerationPage = lazy(() => import('./features/staff/ModerationPage').then((m) => ({ default: m.ModerationPage })));

function Shell(props: RouteSectionProps) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <UrgentBanner />
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
    <Router root={Shell}>
      <Route path="/" component={NowNextPage} />
      <Route path="/agenda" component={AgendaPage} />
      <Route path="/session/:id" component={SessionPage} />
      <Route path="/infos" component={AnnouncementsPage} />
      <Route path="/staff" component={StaffLoginPage} />
      <Route path="/moderation" component={ModerationPage} />
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
