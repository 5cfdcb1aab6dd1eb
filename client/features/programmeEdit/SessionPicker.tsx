import { createMemo, createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { createServerClock } from '../agenda/serverClock';
import { roomName, timeRange } from '../agenda/sessionView';
import { SessionEditForm } from './SessionEditForm';
import { sessionsToEdit } from './sessionPicker';

/**
 * The programme as a searchable list with "jetzt" first; one session's edit form opens under
 * its row, and opening another closes it, so the page stays short on a phone.
 */
export function SessionPicker() {
  const [query, setQuery] = createSignal('');
  const [openId, setOpenId] = createSignal<string | null>(null);
  const now = createServerClock();
  const rows = createMemo(() => sessionsToEdit(state(), now(), query()));
  return (
    <div class="session-picker">
      <label class="field">
        <span class="field-label">{t('picker.search')}</span>
        <input type="search" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
      </label>
      <Show when={rows().length > 0} fallback={<p class="muted">{t('picker.none')}</p>}>
        <ul class="plain-list picker-list">
          <For each={rows()}>
            {(row) => {
              const open = () => openId() === row.session.id;
              return (
                <li class="picker-row" classList={{ 'is-open': open(), [`is-${row.phase}`]: true }} data-edit-session={row.session.id}>
                  <button
                    type="button"
                    class="picker-toggle"
                    aria-expanded={open()}
                    onClick={() => setOpenId(open() ? null : row.session.id)}
                  >
                    <span class="picker-time">
                      <Show when={row.phase === 'now'}>
                        <span class="badge badge-now">{t('picker.now')}</span>
                      </Show>
                      {timeRange(row.session, state())} · {roomName(row.session.roomId, state())}
                    </span>
                    <span class="picker-title">{row.session.title}</span>
                    <Show when={row.session.status === 'cancelled'}>
                      <span class="badge badge-cancelled">{t('picker.cancelled')}</span>
                    </Show>
                  </button>
                  <Show when={open()}>
                    <SessionEditForm session={row.session} />
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </div>
  );
}
