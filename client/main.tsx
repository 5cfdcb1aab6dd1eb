// First: before any module that loads zod.
import './zodJitless';
import { render } from 'solid-js/web';
import { App } from './App';
import { startLocale } from './i18n/i18n';
import { startUrgentNotifications } from './features/announcements/systemNotifications';
import { startConnection } from './sync/connection';
import { staffToken } from './sync/staffToken';
import './styles/app.css';

// Which build runs: the update test and a bug report both need to know.
document.documentElement.dataset.build = import.meta.env.VITE_BUILD_ID ?? 'dev';

const root = document.getElementById('root');
if (root) {
  // German (nearly every phone) starts at once; English waits for its strings, from the offline copy.
  void startLocale().then(() => render(() => <App />, root));
  void startConnection();
  startUrgentNotifications();
  // Only staff devices check their token; the check (and zod for its reply) stays off attendees' first page.
  if (staffToken()) void import('./features/staff/staffSession').then((session) => session.checkStoredToken());
  // Once the page is up: past events' copies make room when storage is short (issue 24).
  setTimeout(() => void import('./sync/pastCopies').then((copies) => copies.dropPastCopiesIfShort()).catch(() => undefined), 2000);
}
