import { t } from '../i18n/i18n';
import { state, status } from '../sync/connection';

function ConnectionIndicator() {
  const label = () => t(`connection.${status()}`);
  return (
    <p class="connection" data-status={status()} title={t('connection.label', { status: label() })}>
      <span class="connection-dot" aria-hidden="true" />
      <span class="visually-hidden">{t('connection.label', { status: label() })}</span>
      <span aria-hidden="true">{label()}</span>
    </p>
  );
}

export function Header() {
  return (
    <header class="app-header">
      <p class="event-name">{state().event?.name ?? t('app.name')}</p>
      <ConnectionIndicator />
    </header>
  );
}
