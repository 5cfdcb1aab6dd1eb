import { createSignal, For, Show } from 'solid-js';
import { orderedRooms } from '../../../shared/agenda';
import { limits } from '../../../shared/model';
import type { StandBasics } from '../../../shared/standCommands';
import { t, type MessageKey } from '../../i18n/i18n';
import { state } from '../../sync/connection';

export interface BasicsValues {
  name: string;
  municipality: string;
  topic: string;
  roomId: string;
  /** '' for none. */
  number: string;
}

export const basicsValuesOf = (stand: StandBasics | undefined): BasicsValues => ({
  name: stand?.name ?? '',
  municipality: stand?.municipality ?? '',
  topic: stand?.topic ?? '',
  roomId: stand?.roomId ?? '',
  number: stand?.number === undefined ? '' : String(stand.number),
});

/** The form's values as a command's fields: texts trimmed, a number only when one is given. */
export function basicsPayload(values: BasicsValues) {
  const number = Number.parseInt(values.number, 10);
  return {
    name: values.name.trim(),
    municipality: values.municipality.trim(),
    topic: values.topic.trim(),
    roomId: values.roomId,
    ...(Number.isInteger(number) && number > 0 ? { number } : {}),
  };
}

function TextInput(props: { label: MessageKey; value: string; max: number; required?: boolean; onInput: (value: string) => void }) {
  return (
    <label class="field">
      <span class="field-label">{t(props.label)}</span>
      <input type="text" required={props.required} maxLength={props.max} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </label>
  );
}

/** Name, municipality, topic, number and room of a stand: to add one, or to change one. */
export function StandBasicsForm(props: { initial: BasicsValues; submitLabel: MessageKey; busy: boolean; onSubmit: (values: BasicsValues) => Promise<boolean> }) {
  const [values, setValues] = createSignal<BasicsValues>(props.initial);
  const rooms = () => orderedRooms(state().rooms);
  const set = (key: keyof BasicsValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const chosenRoom = () => values().roomId || rooms()[0]?.id || '';

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const done = await props.onSubmit({ ...values(), roomId: chosenRoom() });
    if (done && !props.initial.name) setValues(props.initial);
  }

  return (
    <form class="stand-basics" onSubmit={(e) => void submit(e)} data-form="stand-basics">
      <TextInput label="orgStands.name" value={values().name} max={limits.title} required onInput={set('name')} />
      <TextInput label="orgStands.municipality" value={values().municipality} max={limits.name} onInput={set('municipality')} />
      <TextInput label="orgStands.topic" value={values().topic} max={limits.name} onInput={set('topic')} />
      <label class="field">
        <span class="field-label">{t('orgStands.number')}</span>
        <input type="number" min="1" max="9999" inputmode="numeric" value={values().number} onInput={(e) => set('number')(e.currentTarget.value)} />
      </label>
      <Show when={rooms().length > 0} fallback={<p class="notice">{t('orgStands.noRoom')}</p>}>
        <label class="field">
          <span class="field-label">{t('orgStands.room')}</span>
          <select onChange={(e) => set('roomId')(e.currentTarget.value)}>
            <For each={rooms()}>{(room) => <option value={room.id} selected={room.id === chosenRoom()}>{room.name}</option>}</For>
          </select>
        </label>
      </Show>
      <button type="submit" class="button" disabled={props.busy || rooms().length === 0}>
        {t(props.submitLabel)}
      </button>
    </form>
  );
}
