import { For } from 'solid-js';
import { orderedRooms } from '../../../shared/agenda';
import { sessionKinds } from '../../../shared/sessionKinds';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import type { AgendaFilter } from './agendaFilter';

/** Search and the room and kind filters of the agenda. */
export function AgendaFilters(props: { filter: AgendaFilter; onChange: (filter: AgendaFilter) => void }) {
  const set = (part: Partial<AgendaFilter>) => props.onChange({ ...props.filter, ...part });
  return (
    <div class="agenda-filters" role="search">
      <label class="field agenda-search">
        <span class="field-label">{t('agenda.search')}</span>
        <input type="search" value={props.filter.query} onInput={(e) => set({ query: e.currentTarget.value })} autocomplete="off" />
      </label>
      <div class="field-row">
        <label class="field">
          <span class="field-label">{t('agenda.filterRoom')}</span>
          <select value={props.filter.roomId} onChange={(e) => set({ roomId: e.currentTarget.value })}>
            <option value="">{t('agenda.allRooms')}</option>
            <For each={orderedRooms(state().rooms)}>{(room) => <option value={room.id}>{room.name}</option>}</For>
          </select>
        </label>
        <label class="field">
          <span class="field-label">{t('agenda.filterKind')}</span>
          <select value={props.filter.kind} onChange={(e) => set({ kind: e.currentTarget.value })}>
            <option value="">{t('agenda.allKinds')}</option>
            <For each={sessionKinds}>{(kind) => <option value={kind}>{t(`session.kind.${kind}`)}</option>}</For>
          </select>
        </label>
      </div>
    </div>
  );
}
