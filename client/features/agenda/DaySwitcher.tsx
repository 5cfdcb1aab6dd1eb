import { For, Show } from 'solid-js';
import { dayLabel } from '../../../shared/agendaDays';
import { dateLocale, t } from '../../i18n/i18n';

/** One button per programme day (weekday and date); the chosen one is pressed. Hidden for a one-day event. */
export function DaySwitcher(props: { days: readonly string[]; selected: string | undefined; onSelect: (day: string) => void }) {
  return (
    <Show when={props.days.length > 1}>
      <nav class="day-switcher" aria-label={t('agenda.days')}>
        <For each={props.days}>
          {(day) => (
            <button
              type="button"
              class="day-button"
              aria-pressed={props.selected === day}
              data-day={day}
              onClick={() => props.onSelect(day)}
            >
              {dayLabel(day, dateLocale(), true)}
            </button>
          )}
        </For>
      </nav>
    </Show>
  );
}
