import { createMemo, For, Show } from 'solid-js';
import { orderedRooms } from '../../../shared/agenda';
import { standsByName } from '../../../shared/standOrder';
import type { FloorPlan } from '../../../shared/standsImport';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import type { PlanCommands } from './planCommands';
import { firstRoomArea, firstSpot } from './planMoves';

/** Stands made on screen and rooms without an area: one button each puts them on the plan. */
export function UnplacedList(props: { plan: FloorPlan; commands: PlanCommands }) {
  const placed = createMemo(() => new Set(props.plan.places.map((place) => `${place.kind}:${place.refId}`)));
  const stands = createMemo(() => standsByName(Object.values(state().stands)).filter((stand) => !placed().has(`stand:${stand.id}`)));
  const rooms = createMemo(() => orderedRooms(state().rooms).filter((room) => !placed().has(`room:${room.id}`)));
  const roomShape = (roomId: string) => props.plan.places.find((place) => place.kind === 'room' && place.refId === roomId)?.shape;

  return (
    <div class="plan-unplaced">
      <h3>{t('planEdit.unplaced')}</h3>
      <Show when={stands().length + rooms().length > 0} fallback={<p class="muted">{t('planEdit.unplacedNone')}</p>}>
        <ul class="plain-list plan-unplaced-list">
          <For each={stands()}>
            {(stand) => (
              <li>
                <button type="button" class="button button-quiet" onClick={() => void props.commands.standTo({ kind: 'stand', refId: stand.id }, stand.name, firstSpot(roomShape(stand.roomId), props.plan.viewBox))}>
                  {t('planEdit.placeStand', { name: stand.name })}
                </button>
              </li>
            )}
          </For>
          <For each={rooms()}>
            {(room) => (
              <li>
                <button type="button" class="button button-quiet" onClick={() => void props.commands.roomTo({ kind: 'room', refId: room.id }, room.name, firstRoomArea(props.plan.viewBox))}>
                  {t('planEdit.placeRoom', { name: room.name })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
