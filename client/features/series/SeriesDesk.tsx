import { createSignal, onMount, Show } from 'solid-js';
import { rootEvent } from '../../../shared/series';
import type { SeriesEvent } from '../../../shared/series';
import { errorMessage, t } from '../../i18n/i18n';
import { eventSlug } from '../../sync/eventAddress';
import { NextEventForm } from './NextEventForm';
import { SeriesEvents } from './SeriesEvents';
import { closeEvent, listEvents } from './seriesApi';

/** The organizer's view of the series: every date, closing one early, and making the next one from this one. */
export function SeriesDesk() {
  const [events, setEvents] = createSignal<SeriesEvent[]>([]);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const thisEvent = () => {
    const slug = eventSlug();
    return slug ? events().find((event) => event.slug === slug) : rootEvent(events());
  };

  onMount(async () => {
    const outcome = await listEvents();
    if (outcome.ok) setEvents(outcome.value);
    else setError(errorMessage(outcome.code));
  });

  async function close(event: SeriesEvent): Promise<void> {
    setBusy(true);
    const outcome = await closeEvent(event.id);
    setBusy(false);
    if (outcome.ok) setEvents(outcome.value);
    else setError(errorMessage(outcome.code));
  }

  return (
    <section aria-labelledby="series-title" data-series-desk>
      <h2 id="series-title">{t('series.title')}</h2>
      <Show when={error()}>{(message) => <p class="form-error" role="alert">{message()}</p>}</Show>
      <SeriesEvents events={events()} busy={busy()} onClose={(event) => void close(event)} />
      <Show when={thisEvent()}>
        {(from) => (
          <>
            <h3>{t('series.next.title')}</h3>
            <NextEventForm from={from()} onCreated={setEvents} />
          </>
        )}
      </Show>
    </section>
  );
}
