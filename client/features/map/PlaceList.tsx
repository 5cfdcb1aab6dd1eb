import { createMemo, For, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { standsByName } from '../../../shared/standOrder';
import { mapHref } from './mapLink';
import { standNumbers } from './mapPlaces';
import { StandLinks } from './StandLinks';

/**
 * The map as plain links under headings, for anyone who would rather not use the SVG. Plain `<a>`:
 * the router's `<A>` would mark every `/map?room=…` link as the current page.
 */
export function PlaceList() {
  const rooms = createMemo(() => Object.values(state().rooms).sort((a, b) => a.name.localeCompare(b.name, 'de')));
  const stands = createMemo(() => standsByName(Object.values(state().stands)));
  return (
    <section class="place-list" aria-labelledby="place-list-title">
      <h2 id="place-list-title">{t('map.list')}</h2>
      <Show when={rooms().length > 0}>
        <h3 id="place-list-rooms">{t('map.rooms')}</h3>
        <ul class="plain-list link-list" aria-labelledby="place-list-rooms">
          <For each={rooms()}>
            {(room) => (
              <li>
                <a href={mapHref({ kind: 'room', id: room.id })} data-room-id={room.id}>
                  {room.name}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={stands().length > 0}>
        <h3 id="place-list-stands">{t('map.stands')}</h3>
        <StandLinks stands={stands()} withRoom labelledBy="place-list-stands" numbers={standNumbers(state().floorPlan, state().stands)} />
      </Show>
    </section>
  );
}
