import { createSignal, Show, type JSX } from 'solid-js';
import { t, type MessageKey } from '../../i18n/i18n';
import { notificationsSupported } from './systemNotifications';

interface PermissionWording {
  allow: MessageKey;
  granted: MessageKey;
  denied: MessageKey;
  /** Why to allow, under the button while the browser has not asked yet. */
  hint?: MessageKey;
}

/**
 * Asks for permission only when the person presses the button, and says how it stands
 * afterwards; nothing at all where the browser has no notifications.
 * `boxClass` wraps it in a box of its own; `statusClass` styles the outcome line.
 */
export function NotificationPermission(props: { wording: PermissionWording; boxClass?: string; statusClass?: string }) {
  const [permission, setPermission] = createSignal<NotificationPermission | null>(
    notificationsSupported() ? Notification.permission : null,
  );
  const outcome = () => {
    const current = permission();
    if (current === 'granted') return t(props.wording.granted);
    return current === 'denied' ? t(props.wording.denied) : '';
  };

  async function ask(): Promise<void> {
    setPermission(await Notification.requestPermission().catch((): NotificationPermission => 'denied'));
  }

  const content = (): JSX.Element => (
    <>
      <Show when={permission() === 'default'}>
        <button type="button" class="button button-quiet" onClick={() => void ask()}>
          {t(props.wording.allow)}
        </button>
        <Show when={props.wording.hint}>{(hint) => <p class="field-hint">{t(hint())}</p>}</Show>
      </Show>
      <p class={props.statusClass ? `field-hint ${props.statusClass}` : 'field-hint'} role="status">
        {outcome()}
      </p>
    </>
  );

  return (
    <Show when={permission()}>
      <Show when={props.boxClass} fallback={content()}>
        {(boxClass) => <div class={boxClass()}>{content()}</div>}
      </Show>
    </Show>
  );
}
