import { Show } from 'solid-js';
import { demoEventId } from '../../../shared/demo';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { ConfirmStep } from '../../forms/ConfirmStep';

/** "Remove the demo": offered while the event is the demo; it asks first, as it empties the event on every phone at once. */
export function RemoveDemo() {
  const command = createCommandStatus();
  const isDemo = () => state().event?.id === demoEventId;

  async function remove(): Promise<void> {
    if (command.busy()) return;
    command.start();
    const result = await sendCommand('event:remove-demo', { eventId: demoEventId });
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
          <ConfirmStep
            action={t('demo.remove')}
            question={t('demo.confirmQuestion')}
            confirm={t('demo.confirm')}
            keep={t('demo.keep')}
            busy={command.busy()}
            onConfirm={remove}
          />
        </Show>
        <FormStatusLine status={command.status()} />
      </section>
    </Show>
  );
}
