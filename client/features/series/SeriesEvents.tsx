import { For, Show } from 'solid-js';
import type { SeriesEvent } from '../../../shared/series';
import { dayLabel } from '../../../shared/agendaDays';
import { locale, t } from '../../i18n/i18n';
import { ConfirmStep } from '../../forms/ConfirmStep';

/** The series' events, upcoming, current and past, each with its address and, while open, a way to close it. */
export function SeriesEvents(props: { events: readonly SeriesEvent[]; busy: boolean; onClose: (event: SeriesEvent) => void }) {
  return (
    <ul class="plain-list series-events" data-series-events>
      <For each={props.events}>
        {(event) => (
          <li class="card" data-series-event={event.slug} data-status={event.status}>
            <p>
              <a href={`/${event.slug}/`}>{event.name}</a>
              {' · '}
              {dayLabel(event.firstDay, locale())}
              {' · '}
              <strong>{t(`series.status.${event.status}`)}</strong>
            </p>
            <p class="field-hint">{t('series.address', { path: `/${event.slug}/` })}</p>
            <Show when={event.status !== 'past'}>
              <ConfirmStep
                action={t('series.close')}
                question={t('series.closeConfirm', { name: event.name })}
                confirm={t('series.closeYes')}
                keep={t('series.closeKeep')}
                busy={props.busy}
                onConfirm={() => props.onClose(event)}
              />
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
