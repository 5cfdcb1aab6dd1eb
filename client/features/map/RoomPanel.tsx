import { createMemo, For, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { createServerClock } from '../agenda/serverClock';
import { roomName, timeRange } from '../agenda/sessionView';
import { standsByName } from '../../../shared/standOrder';
import { roomProgramme } from './mapPlaces';
import { StandLinks } from './StandLinks';

/** What a tapped room opens: its programme, what runs now first, and the stands set up in it. */
export function RoomPanel(props: { roomId: string }) {
  const now = createServerClock();
  const programme = createMemo(() => roomProgramme(state(), props.roomId, now()));
  const stands = createMemo(() => standsByName(Object.values(state().stands)).filter((stand) => stand.roomId === props.roomId));
  return (
    <section class="card room-panel" aria-labelledby="room-panel-title" data-room-id={props.roomId}>
      <h2 id="room-panel-title">{t('map.room.title', { room: roomName(props.roomId, state()) })}</h2>
      <Show when={programme().length > 0} fallback={<p class="muted">{t('map.room.empty')}</p>}>
        <ul class="plain-list room-sessions">
          <For each={programme()}>
            {(entry) => (
              <li class="room-session" classList={{ 'is-past': entry.phase === 'past' }}>
                <span class="session-time">{timeRange(entry.session, state())}</span>
                <Show when={entry.phase !== 'next'}>
                  <span class={`badge badge-${entry.phase}`}>{t(entry.phase === 'now' ? 'map.room.now' : 'map.room.past')}</span>
                </Show>
                <Show when={entry.session.status === 'cancelled'}>
                  <span class="badge badge-cancelled">{t('session.cancelled')}</span>
                </Show>
                <a class="room-session-link" href={`/session/${encodeURIComponent(entry.session.id)}`}>
                  {entry.session.title}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={stands().length > 0}>
        <h3>{t('map.room.stands')}</h3>
        <StandLinks stands={stands()} />
      </Show>
    </section>
  );
}
