import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { notificationsSupported } from '../announcements/systemNotifications';

/** Asks only when pressed; without permission reminders still show inside the app. */
export function ReminderPermission() {
  const [permission, setPermission] = createSignal<NotificationPermission | null>(
    notificationsSupported() ? Notification.permission : null,
  );
  const outcome = () => {
    const current = permission();
    if (current === 'granted') return t('myAgenda.notificationsGranted');
    return current === 'denied' ? t('myAgenda.notificationsDenied') : '';
  };

  async function ask(): Promise<void> {
    setPermission(await Notification.requestPermission().catch((): NotificationPermission => 'denied'));
  }

  return (
    <Show when={permission()}>
      <Show when={permission() === 'default'}>
        <button type="button" class="button button-quiet" onClick={() => void ask()}>
          {t('myAgenda.allowNotifications')}
        </button>
      </Show>
      <p class="field-hint my-agenda-permission" role="status">
        {outcome()}
      </p>
    </Show>
  );
}
