import { Route, Router, useLocation, type RouteSectionProps } from '@solidjs/router';
import { createEffect, lazy, Suspense, type Component } from 'solid-js';
import { NowNextPage } from './features/agenda/NowNextPage';
import { UrgentBanner } from './features/announcements/UrgentBanner';
import { LiveAnnouncer } from './features/live/LiveAnnouncer';
import { MyAgendaWatch } from './features/myAgenda/MyAgendaWatch';
import { OfflineSummary } from './features/offline/OfflineSummary';
import { PollNotice } from './features/polls/PollNotice';
import { UpdatePrompt } from './features/offline/UpdatePrompt';
import { t } from './i18n/i18n';
import { BottomNav } from './layout/BottomNav';
import { Header } from './layout/Header';
import { NotFoundPage } from './layout/NotFoundPage';
import { appBase } from './sync/eventAddress';
import { NextDateNotice } from './features/series/NextDateNotice';
import { visited } from './features/legal/lastPage';
import { LegalFooter } from './layout/LegalFooter';
import { KeepPlanImage } from './features/map/KeepPlanImage';

/** A page loaded when first visited; the service worker precaches every chunk, so offline too. */
function page<K extends string>(load: () => Promise<Record<K, Component>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// Only Now/Next is in the first download; staff pages never reach attendees' phones.
const AgendaPage = page(() => import('./features/agenda/AgendaPage'), 'AgendaPage');
const SessionPage = page(() => import('./features/session/SessionPage'), 'SessionPage');
const MyAgendaPage = page(() => import('./features/myAgenda/MyAgendaPage'), 'MyAgendaPage');
const StandsPage = page(() => import('./features/stands/StandsPage'), 'StandsPage');
const StandPage = page(() => import('./features/stands/StandPage'), 'StandPage');
const MapPage = page(() => import('./features/map/MapPage'), 'MapPage');
const AnnouncementsPage = page(() => import('./features/announcements/AnnouncementsPage'), 'AnnouncementsPage');
const StaffLoginPage = page(() => import('./features/staff/StaffLoginPage'), 'StaffLoginPage');
const ProgrammeEditPage = page(() => import('./features/programmeEdit/ProgrammeEditPage'), 'ProgrammeEditPage');
const QuestionModerationPage = page(() => import('./features/moderation/QuestionModerationPage'), 'QuestionModerationPage');
const HostPage = page(() => import('./features/host/HostPage'), 'HostPage');
const OrganizerPage = page(() => import('./features/organizer/OrganizerPage'), 'OrganizerPage');
const ImportPage = page(() => import('./features/organizer/ImportPage'), 'ImportPage');
const PollPage = page(() => import('./features/polls/PollPage'), 'PollPage');
const PollModerationPage = page(() => import('./features/polls/PollModerationPage'), 'PollModerationPage');
const ScreenPage = page(() => import('./features/screen/ScreenPage'), 'ScreenPage');
const MyCardPage = page(() => import('./features/contacts/MyCardPage'), 'MyCardPage');
const ContactsPage = page(() => import('./features/contacts/ContactsPage'), 'ContactsPage');
const ReceivedCardPage = page(() => import('./features/contacts/ReceivedCardPage'), 'ReceivedCardPage');
const WhoIsHerePage = page(() => import('./features/directory/WhoIsHerePage'), 'WhoIsHerePage');
const legalPages = () => import('./features/legal/LegalPage');
const ImpressumPage = page(legalPages, 'ImpressumPage');
const DatenschutzPage = page(legalPages, 'DatenschutzPage');
const BarrierefreiheitPage = page(legalPages, 'BarrierefreiheitPage');
const LeichteSprachePage = page(legalPages, 'LeichteSprachePage');
const LibraryPage = page(() => import('./features/library/LibraryPage'), 'LibraryPage');
const MyDataPage = page(() => import('./features/privacy/MyDataPage'), 'MyDataPage');
const BarrierReportPage = page(() => import('./features/legal/BarrierReportPage'), 'BarrierReportPage');
const SignLanguagePage = page(() => import('./features/signVideo/SignLanguagePage'), 'SignLanguagePage');
// On every page, but not in the first download: it loads after the page is on screen.
const MailboxWatch = page(() => import('./features/contacts/MailboxWatch'), 'MailboxWatch');

/** Around every page, the app's chrome or not (the big screen). */
function Root(props: RouteSectionProps) {
  return <Suspense>{props.children}</Suspense>;
}

function Shell(props: RouteSectionProps) {
  const location = useLocation();
  createEffect(() => visited(location.pathname));
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <UrgentBanner />
      <UpdatePrompt />
      <OfflineSummary />
      <MyAgendaWatch />
      <PollNotice />
      <Suspense>
        <MailboxWatch />
      </Suspense>
      <NextDateNotice />
      <KeepPlanImage />
      <main id="main" class="app-main" tabIndex={-1}>
        <Suspense>{props.children}</Suspense>
        <LegalFooter />
      </main>
      <LiveAnnouncer />
      <BottomNav />
    </>
  );
}

export function App() {
  return (
    <Router root={Root} base={appBase()}>
      {/* The hall's big screen: no header, no navigation, nothing but the questions. */}
      <Route path="/screen/:sessionId" component={ScreenPage} />
      <Route component={Shell}>
        <Route path="/" component={NowNextPage} />
        <Route path="/agenda" component={AgendaPage} />
        <Route path="/session/:id" component={SessionPage} />
        <Route path="/my-agenda" component={MyAgendaPage} />
        <Route path="/stands" component={StandsPage} />
        <Route path="/stand/:id" component={StandPage} />
        <Route path="/projekte" component={LibraryPage} />
        <Route path="/map" component={MapPage} />
        <Route path="/infos" component={AnnouncementsPage} />
        <Route path="/my-card" component={MyCardPage} />
        <Route path="/contacts" component={ContactsPage} />
        <Route path="/c" component={ReceivedCardPage} />
        <Route path="/wer-ist-da" component={WhoIsHerePage} />
        <Route path="/staff" component={StaffLoginPage} />
        <Route path="/moderation" component={ProgrammeEditPage} />
        <Route path="/moderation/questions" component={QuestionModerationPage} />
        <Route path="/host" component={HostPage} />
        <Route path="/organizer" component={OrganizerPage} />
        <Route path="/organizer/import" component={ImportPage} />
        <Route path="/poll/:id" component={PollPage} />
        <Route path="/moderation/polls" component={PollModerationPage} />
        <Route path="/impressum" component={ImpressumPage} />
        <Route path="/datenschutz" component={DatenschutzPage} />
        <Route path="/barrierefreiheit" component={BarrierefreiheitPage} />
        <Route path="/barrierefreiheit/melden" component={BarrierReportPage} />
        <Route path="/leichte-sprache" component={LeichteSprachePage} />
        <Route path="/meine-daten" component={MyDataPage} />
        <Route path="/gebaerdensprache" component={SignLanguagePage} />
        <Route path="*" component={NotFoundPage} />
      </Route>
    </Router>
  );
}
