import { createSignal, Show } from 'solid-js';
import { demoEventId } from '../../../shared/demo';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

/**
 * "Remove the demo": offered while the event is the demo. Two steps instead of a blocking
 * confirm(), as for revoking a code: it empties the event on every phone at once.
 */
export function RemoveDemo() {
  const command = createCommandStatus();
  const [confirming, setConfirming] = createSignal(false);
  const isDemo = () => state().event?.id === demoEventId;

  async function remove(): Promise<void> {
    if (command.busy()) return;
    command.start();
    const result = await sendCommand('event:remove-demo', { eventId: demoEventId });
    setConfirming(false);
    if (command.check(result)) command.done('demo.done');
  }

  return (
    <Show when={isDemo() || command.status().kind !== 'idle'}>
      <section class="card remove-demo" aria-labelledby="remove-demo-title">
        <h2 id="remove-demo-title">{t('demo.title')}</h2>
        <Show when={isDemo()}>
          <p>{t('demo.intro')}</p>
          <p>{t('demo.what')}</p>
          <p class="field-hint">{t('demo.codes')}</p>
          <div class="button-row">
            <Show
              when={confirming()}
              fallback={
                <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
                  {t('demo.remove')}
                </button>
              }
            >
              <button type="button" class="button button-danger" disabled={command.busy()} onClick={() => void remove()}>
                {t('demo.confirm')}
              </button>
              <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
                {t('demo.keep')}
              </button>
            </Show>
          </div>
        </Show>
        <FormStatusLine status={command.status()} />
      </section>
    </Show>
  );
}
