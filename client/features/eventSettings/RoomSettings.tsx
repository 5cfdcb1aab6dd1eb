import { createSignal, For } from 'solid-js';
import { orderedRooms } from '../../../shared/agenda';
import type { Room } from '../../../shared/model';
import { t } from '../../i18n/i18n';
import type { SendResult } from '../../sync/commandResult';
import { sendCommand, state } from '../../sync/connection';
import { FormStatusLine } from '../../forms/FormStatusLine';
import { createCommandStatus } from '../../forms/useCommandStatus';

/** Rooms created, renamed, reordered and removed; a room still in use says why it stays. */
export function RoomSettings() {
  const command = createCommandStatus();
  const rooms = () => orderedRooms(state().rooms);
  const [newName, setNewName] = createSignal('');

  async function run(send: () => Promise<SendResult>, removing?: string): Promise<void> {
    if (command.busy()) return;
    command.start();
    const result = await send();
    if (!result.ok && result.error.code === 'conflict' && removing) {
      const count = Object.values(state().sessions).filter((s) => s.roomId === removing).length;
      return command.failText(t('settings.rooms.inUse', { count: String(count) }));
    }
    if (command.check(result)) command.done('settings.rooms.done');
  }

  function move(room: Room, by: number): void {
    const ids = rooms().map((r) => r.id);
    const from = ids.indexOf(room.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    void run(() => sendCommand('room:reorder', { roomIds: ids }));
  }

  function rename(e: SubmitEvent, room: Room): void {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget as HTMLFormElement).get('name') ?? '').trim();
    if (name) void run(() => sendCommand('room:rename', { roomId: room.id, name }));
  }

  function add(e: SubmitEvent): void {
    e.preventDefault();
    const name = newName().trim();
    if (!name) return;
    void run(async () => {
      const result = await sendCommand('room:create', { name });
      if (result.ok) setNewName('');
      return result;
    });
  }

  return (
    <section aria-labelledby="rooms-title">
      <h2 id="rooms-title">{t('settings.rooms.title')}</h2>
      <ol class="plain-list room-settings">
        <For each={rooms()}>
          {(room, index) => (
            <li class="card room-row" data-room-id={room.id}>
              <form class="room-rename" onSubmit={(e) => rename(e, room)}>
                <label class="field">
                  <span class="visually-hidden">{t('settings.rooms.rename', { room: room.name })}</span>
                  <input name="name" value={room.name} required autocomplete="off" />
                </label>
                <button type="submit" class="button button-quiet">{t('settings.rooms.save')}</button>
              </form>
              <div class="room-actions">
                <button type="button" class="button button-quiet" aria-label={t('settings.rooms.up', { room: room.name })} disabled={index() === 0} onClick={() => move(room, -1)}>↑</button>
                <button type="button" class="button button-quiet" aria-label={t('settings.rooms.down', { room: room.name })} disabled={index() === rooms().length - 1} onClick={() => move(room, 1)}>↓</button>
                <button type="button" class="button button-quiet" aria-label={t('settings.rooms.remove', { room: room.name })} onClick={() => void run(() => sendCommand('room:remove', { roomId: room.id }), room.id)}>✕</button>
              </div>
            </li>
          )}
        </For>
      </ol>
      <form class="room-add" onSubmit={add}>
        <label class="field">
          <span class="field-label">{t('settings.rooms.new')}</span>
          <input value={newName()} onInput={(e) => setNewName(e.currentTarget.value)} autocomplete="off" />
        </label>
        <button type="submit" class="button">{t('settings.rooms.add')}</button>
      </form>
      <FormStatusLine status={command.status()} />
    </section>
  );
}
