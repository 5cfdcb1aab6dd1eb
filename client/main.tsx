import { render } from 'solid-js/web';
import { App } from './App';
import { checkStoredToken } from './features/staff/staffSession';
import { startConnection } from './sync/connection';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  render(() => <App />, root);
  void startConnection();
  void checkStoredToken();
}
