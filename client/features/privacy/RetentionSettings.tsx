import { Show } from 'solid-js';
import type { EventInfo } from '../../../shared/model';
import { retentionDaysOf, retentionLimits } from '../../../shared/privacy';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { ConfirmStep } from '../../forms/ConfirmStep';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { erasureDate } from './erasureDate';

/** The period after the event, saved with `event:configure`. */
function PeriodForm(props: { event: EventInfo }) {
  const command = createCommandStatus();
  async function save(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    if (command.busy()) return;
    const days = Number(new FormData(e.currentTarget as HTMLFormElement).get('retentionDays'));
    command.start();
    if (command.check(await sendCommand('event:configure', { retentionDays: days }))) command.done('retention.saved');
  }
  return (
    <form class="settings-form" onSubmit={(e) => void save(e)} data-form="retention">
      <label class="field">
        <span class="field-label">{t('retention.days')}</span>
        <input type="number" name="retentionDays" inputMode="numeric" required min={retentionLimits.min} max={retentionLimits.max} value={retentionDaysOf(props.event)} />
      </label>
      <p>{t('retention.due', erasureDate(props.event))}</p>
      <button type="submit" class="button" disabled={command.busy()}>
        {t('retention.save')}
      </button>
      <FormStatusLine status={command.status()} />
    </form>
  );
}

/** "Jetzt löschen": two steps, as removing the demo: it erases on every phone and in the stored log at once. */
function EraseNow() {
  const command = createCommandStatus();
  async function erase(): Promise<void> {
    if (command.busy()) return;
    command.start();
    const result = await sendCommand('personal-data:erase', {});
    if (command.check(result)) command.done('retention.done');
  }
  return (
    <div class="erase-now">
      <ConfirmStep
        action={t('retention.now')}
        question={t('retention.confirmText')}
        confirm={t('retention.confirm')}
        keep={t('retention.keep')}
        busy={command.busy()}
        onConfirm={erase}
      />
      <FormStatusLine status={command.status()} />
    </div>
  );
}

/** The organizer's erasure on time: the period, the date it gives, and "Jetzt löschen". */
export function RetentionSettings() {
  return (
    <Show when={state().event}>
      {(event) => (
        <section class="card retention-settings" aria-labelledby="retention-title">
          <h2 id="retention-title">{t('retention.title')}</h2>
          <p>{t('retention.intro')}</p>
          <PeriodForm event={event()} />
          <EraseNow />
        </section>
      )}
    </Show>
  );
}
