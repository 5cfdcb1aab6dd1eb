import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { notificationsSupported } from './systemNotifications';

/** Asks for permission only when the person presses the button; says how it stands afterwards. */
export function NotificationButton() {
  const [permission, setPermission] = createSignal<NotificationPermission | null>(
    notificationsSupported() ? Notification.permission : null,
  );
  const outcome = () => {
    const current = permission();
    if (current === 'granted') return t('notify.granted');
    return current === 'denied' ? t('notify.denied') : '';
  };

  async function ask(): Promise<void> {
    const answer = await Notification.requestPermission().catch((): NotificationPermission => 'denied');
    setPermission(answer);
  }

  return (
    <Show when={permission()}>
      <div class="notify-box">
        <Show when={permission() === 'default'}>
          <button type="button" class="button button-quiet" onClick={() => void ask()}>
            {t('notify.allow')}
          </button>
          <p class="field-hint">{t('notify.hint')}</p>
        </Show>
        <p class="field-hint" role="status">
          {outcome()}
        </p>
      </div>
    </Show>
  );
}
