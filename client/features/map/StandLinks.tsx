import { For, Show } from 'solid-js';
import type { Stand } from '../../../shared/model';
import { state } from '../../sync/connection';
import { roomName } from '../agenda/sessionView';

/** Stands as plain links under a heading, optionally with the room each stands in. */
export function StandLinks(props: { stands: Stand[]; withRoom?: boolean; labelledBy?: string; numbers?: ReadonlyMap<string, number> }) {
  return (
    <ul class="plain-list link-list" aria-labelledby={props.labelledBy}>
      <For each={props.stands}>
        {(stand) => (
          <li>
            <Show when={props.numbers?.get(stand.id)}>{(n) => <span class="stand-number">{n()}</span>}</Show>
            <a href={`/stand/${encodeURIComponent(stand.id)}`} data-stand-id={stand.id}>
              {stand.name}
            </a>
            <Show when={props.withRoom}>
              <span class="link-list-note">{roomName(stand.roomId, state())}</span>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
