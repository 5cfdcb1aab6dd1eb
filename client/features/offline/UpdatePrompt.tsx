import { createEffect, createSignal, on, Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { t } from '../../i18n/i18n';
import { status, updateRequired } from '../../sync/connection';
import { outboxItems } from '../../sync/outbox';
import { switchToWaitingVersion, watchWaitingVersion } from './waitingVersion';

const checkEveryMs = 20 * 60 * 1000;
const retrySkipWaitingMs = 5000;

/**
 * A new version waits until the person chooses to reload, and the choice is offered only when
 * nothing they typed is still waiting to be sent: a reload can never lose a question. When the
 * server and this version no longer speak a common protocol, nothing can be sent anyway: the
 * reload is offered at once, and what waits in the outbox is kept (IndexedDB) and checked by the
 * new version before it goes out.
 */
export function UpdatePrompt() {
  let registration: ServiceWorkerRegistration | undefined;
  const [waitingVersion, setWaitingVersion] = createSignal<ServiceWorker>();
  useRegisterSW({
    onRegisteredSW(_url, found) {
      registration = found;
      if (!found) return;
      watchWaitingVersion(found, setWaitingVersion);
      setInterval(() => void found.update().catch(() => undefined), checkEveryMs);
    },
  });
  // Back online is when a new version can be found; a refused version looks for one at once.
  createEffect(on(status, (now, before) => {
    if (now === 'online' && before !== 'online') void registration?.update().catch(() => undefined);
  }));
  createEffect(on(updateRequired, (required) => required && void registration?.update().catch(() => undefined)));
  const newVersion = () => waitingVersion() !== undefined;
  const waiting = () => !updateRequired() && outboxItems().length > 0;
  // Without a waiting service worker (none registered, or not found yet) a plain reload fetches the app.
  const reload = () => {
    const waitingNow = waitingVersion();
    if (!waitingNow) return location.reload();
    switchToWaitingVersion(waitingNow);
    // Once seen on a busy machine: the waiting version never took over. Ask it again, so a tap is never in vain.
    setTimeout(() => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' }), retrySkipWaitingMs);
  };

  return (
    <Show when={newVersion() || updateRequired()}>
      <div class="update-prompt" role="status">
        <p>{updateRequired() ? t('update.required') : waiting() ? t('update.waitingForOutbox') : t('update.available')}</p>
        <button type="button" class="button" disabled={waiting()} onClick={reload}>
          {updateRequired() ? t('update.requiredReload') : t('update.reload')}
        </button>
      </div>
    </Show>
  );
}
