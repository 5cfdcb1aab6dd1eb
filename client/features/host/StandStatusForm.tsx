import { createSignal, createUniqueId, For } from 'solid-js';
import { questionLimits, standAvailability, type StandStatus } from '../../../shared/questions';
import { t } from '../../i18n/i18n';
import { sendCommand } from '../../sync/connection';
import { CountedField } from '../../forms/CountedField';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';
import { StandStatusBadge } from '../stands/StandStatusBadge';

type Availability = StandStatus['availability'];

/** The host's live status: a short note plus available / busy / away, shown on the stand's page. */
export function StandStatusForm(props: { standId: string; status: StandStatus | undefined }) {
  // null: untouched, so the fields follow the live status.
  const [text, setText] = createSignal<string | null>(null);
  const [availability, setAvailability] = createSignal<Availability | null>(null);
  const command = createCommandStatus();
  const groupName = createUniqueId();
  const currentText = () => text() ?? props.status?.text ?? '';
  const currentAvailability = () => availability() ?? props.status?.availability ?? 'available';

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (command.busy()) return;
    command.start();
    const payload = { standId: props.standId, text: currentText().trim(), availability: currentAvailability() };
    if (!command.check(await sendCommand('stand:set-status', payload))) return;
    setText(null);
    setAvailability(null);
    command.done('host.status.saved');
  }

  return (
    <form class="card status-form" onSubmit={(e) => void save(e)} data-form="stand-status">
      <StandStatusBadge status={props.status} withTime />
      <fieldset class="availability-choice">
        <legend class="field-label">{t('host.status.availability')}</legend>
        <For each={standAvailability}>
          {(value) => (
            <label class="choice">
              <input
                type="radio"
                name={groupName}
                value={value}
                checked={currentAvailability() === value}
                onChange={() => setAvailability(value)}
              />
              <span class={`availability availability-${value}`}>
                <span class="availability-dot" aria-hidden="true" />
                {t(`stands.availability.${value}`)}
              </span>
            </label>
          )}
        </For>
      </fieldset>
      <CountedField label="host.status.text" max={questionLimits.standStatus} value={currentText()} onInput={setText} />
      <button type="submit" class="button" disabled={command.busy()}>
        {t('host.status.save')}
      </button>
      <FormStatusLine status={command.status()} />
    </form>
  );
}
