import { createSignal, For } from 'solid-js';
import type { Session } from '../../../shared/model';
import { limits } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import { sendCommand, state } from '../../sync/connection';
import { eventZone } from '../agenda/sessionView';
import { CancelSession } from './CancelSession';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { planEdit, wallClock } from './sessionEdit';
import { createCommandStatus } from '../../forms/useCommandStatus';

/** One session's live edit: time, room and title, plus cancel / reinstate. */
export function SessionEditForm(props: { session: Session }) {
  // Untouched fields (null) follow the live state, so a change from elsewhere shows at once.
  const [start, setStart] = createSignal<string | null>(null);
  const [end, setEnd] = createSignal<string | null>(null);
  const [roomId, setRoomId] = createSignal<string | null>(null);
  const [title, setTitle] = createSignal<string | null>(null);
  const command = createCommandStatus();
  const zone = () => eventZone(state());
  const rooms = () => Object.values(state().rooms);
  const cancelled = () => props.session.status === 'cancelled';

  function resetDraft(): void {
    setStart(null);
    setEnd(null);
    setRoomId(null);
    setTitle(null);
  }

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (command.busy()) return;
    const plan = planEdit(props.session, { start: start(), end: end(), roomId: roomId(), title: title() }, zone());
    if ('error' in plan) return command.fail(plan.error);
    if (!plan.move && !plan.rename) return command.done('edit.unchanged');
    command.start();
    if (plan.move && !command.check(await sendCommand('session:move', plan.move))) return;
    if (plan.rename && !command.check(await sendCommand('session:rename', plan.rename))) return;
    resetDraft();
    command.done('edit.saved');
  }

  return (
    <form
      class="card edit-form"
      classList={{ 'is-cancelled': cancelled() }}
      data-session-id={props.session.id}
      onSubmit={(e) => void save(e)}
    >
      <h3 class="edit-title">{props.session.title}</h3>
      <div class="field-row">
        <label class="field">
          <span class="field-label">{t('edit.start')}</span>
          <input
            type="time"
            required
            value={start() ?? wallClock(props.session.startsAt, zone())}
            onInput={(e) => setStart(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="field-label">{t('edit.end')}</span>
          <input
            type="time"
            required
            value={end() ?? wallClock(props.session.endsAt, zone())}
            onInput={(e) => setEnd(e.currentTarget.value)}
          />
        </label>
      </div>
      <label class="field">
        <span class="field-label">{t('edit.room')}</span>
        <select value={roomId() ?? props.session.roomId} onChange={(e) => setRoomId(e.currentTarget.value)}>
          <For each={rooms()}>{(room) => <option value={room.id}>{room.name}</option>}</For>
        </select>
      </label>
      <label class="field">
        <span class="field-label">{t('edit.title')}</span>
        <input
          type="text"
          required
          maxLength={limits.title}
          value={title() ?? props.session.title}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
      </label>
      <div class="button-row">
        <button type="submit" class="button" disabled={command.busy()}>
          {t('edit.save')}
        </button>
      </div>
      <CancelSession session={props.session} command={command} />
      <FormStatusLine status={command.status()} />
    </form>
  );
}
