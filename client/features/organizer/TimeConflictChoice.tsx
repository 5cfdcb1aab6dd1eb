import { For, Show } from 'solid-js';
import type { ImportPreviewReply, TimeReading } from '../../../shared/importReport';
import { timeReadings } from '../../../shared/programmeImport';
import { formatDay, formatTime } from '../../../shared/time';
import { dateLocale, t } from '../../i18n/i18n';

/**
 * A file that disagrees with itself about times, said once: what each reading gives for one
 * session, and a choice. Nothing is applied until the organizer has chosen.
 */
export function TimeConflictChoice(props: { preview: ImportPreviewReply; chosen: TimeReading | null; busy: boolean; onChoose: (reading: TimeReading) => void }) {
  return (
    <Show when={props.preview.timeConflict}>
      {(conflict) => {
        const when = (iso: string) => `${formatDay(iso, conflict().zone, dateLocale())}, ${formatTime(iso, conflict().zone, dateLocale())}`;
        const example = () => conflict().example;
        return (
          <fieldset class="card time-conflict">
            <legend>{t('import.timeConflict.title', { count: conflict().count })}</legend>
            <p>{t('import.timeConflict.example', { title: example().title, zone: conflict().zone })}</p>
            <For each={timeReadings}>
              {(reading) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="time-reading"
                    value={reading}
                    checked={props.chosen === reading}
                    disabled={props.busy}
                    onChange={() => props.onChoose(reading)}
                  />
                  {t(`import.timeConflict.${reading}`, { when: when(reading === 'offset' ? example().byOffset : example().byZone) })}
                </label>
              )}
            </For>
          </fieldset>
        );
      }}
    </Show>
  );
}
