import { Show } from 'solid-js';
import { formatTime, defaultTimeZone } from '../../shared/time';
import { dateLocale, t } from '../i18n/i18n';
import { crowded, offlineSince, state, status } from '../sync/connection';
import { LanguageSwitch } from './LanguageSwitch';

const eventZone = () => state().event?.timeZone ?? defaultTimeZone;

function ConnectionIndicator() {
  const since = () => {
    const at = offlineSince();
    return status() === 'offline' && at !== null ? formatTime(new Date(at).toISOString(), eventZone(), dateLocale()) : null;
  };
  const label = () => {
    const time = since();
    if (crowded() && status() !== 'online') return t('connection.crowded');
    return time ? t('connection.offlineSince', { time }) : t(`connection.${status()}`);
  };
  return (
    <p class="connection" data-status={status()} title={t('connection.label', { status: label() })}>
      <span class="connection-dot" aria-hidden="true" />
      <span class="visually-hidden">{t('connection.label', { status: label() })}</span>
      <span aria-hidden="true" class="connection-text">{label()}</span>
      {/* A 320 px phone has no room for the time beside a long event name: there, "Offline" only. */}
      <Show when={since()}>
        <span aria-hidden="true" class="connection-short">{t('connection.offline')}</span>
      </Show>
    </p>
  );
}

export function Header() {
  return (
    <header class="app-header">
      <p class="event-name">{state().event?.name ?? t('app.name')}</p>
      <div class="header-actions">
        <ConnectionIndicator />
        <LanguageSwitch />
      </div>
    </header>
  );
}
