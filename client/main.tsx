import { render } from 'solid-js/web';
import { App } from './App';
import { startUrgentNotifications } from './features/announcements/systemNotifications';
import { checkStoredToken } from './features/staff/staffSession';
import { startConnection } from './sync/connection';
import './styles/app.css';

// Which build runs: the update test and a bug report both need to know.
document.documentElement.dataset.build = import.meta.env.VITE_BUILD_ID ?? 'dev';

const root = document.getElementById('root');
if (root) {
  render(() => <App />, root);
  void startConnection();
  startUrgentNotifications();
  void checkStoredToken();
}
