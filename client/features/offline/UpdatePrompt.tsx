import { createEffect, on, Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { t } from '../../i18n/i18n';
import { status } from '../../sync/connection';
import { outboxItems } from '../../sync/outbox';

const checkEveryMs = 20 * 60 * 1000;

/**
 * A new version waits until the person chooses to reload, and the choice is offered only when
 * nothing they typed is still waiting to be sent: a reload can never lose a question.
 */
export function UpdatePrompt() {
  let registration: ServiceWorkerRegistration | undefined;
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, found) {
      registration = found;
      if (found) setInterval(() => void found.update().catch(() => undefined), checkEveryMs);
    },
  });
  // Back online is when a new version can be found.
  createEffect(on(status, (now, before) => {
    if (now === 'online' && before !== 'online') void registration?.update().catch(() => undefined);
  }));
  const waiting = () => outboxItems().length > 0;

  return (
    <Show when={needRefresh()}>
      <div class="update-prompt" role="status">
        <p>{waiting() ? t('update.waitingForOutbox') : t('update.available')}</p>
        <button type="button" class="button" disabled={waiting()} onClick={() => void updateServiceWorker(true)}>
          {t('update.reload')}
        </button>
      </div>
    </Show>
  );
}
