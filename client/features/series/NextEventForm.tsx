import { createSignal, For, Show } from 'solid-js';
import type { NextEventRequest, NextEventSummary } from '../../../shared/nextEvent';
import type { SeriesEvent } from '../../../shared/series';
import { dayLabel } from '../../../shared/agendaDays';
import { errorMessage, locale, t } from '../../i18n/i18n';
import { FormStatusLine } from '../../forms/FormStatusLine';
import type { FormStatus } from '../../forms/useCommandStatus';
import { nextEvent } from './seriesApi';

const copyChoices = ['rooms', 'floorPlan', 'stands', 'programme'] as const;
type CopyChoice = (typeof copyChoices)[number];

/** "Nächster Termin": the new date and venue, what to copy, a summary of what will be created, then the event. */
export function NextEventForm(props: { from: SeriesEvent; onCreated: (events: SeriesEvent[]) => void }) {
  const [firstDay, setFirstDay] = createSignal('');
  const [venue, setVenue] = createSignal('');
  const [city, setCity] = createSignal('');
  const [copy, setCopy] = createSignal<Record<CopyChoice, boolean>>({ rooms: true, floorPlan: true, stands: true, programme: true });
  const [summary, setSummary] = createSignal<NextEventSummary | null>(null);
  const [status, setStatus] = createSignal<FormStatus>({ kind: 'idle' });

  const request = (preview: boolean): NextEventRequest => ({
    from: props.from.id,
    firstDay: firstDay(),
    ...(venue().trim() ? { venue: venue().trim() } : {}),
    ...(city().trim() ? { city: city().trim() } : {}),
    copy: copy(),
    preview,
  });

  async function send(preview: boolean): Promise<void> {
    if (status().kind === 'busy' || firstDay() === '') return;
    setStatus({ kind: 'busy' });
    const outcome = await nextEvent(request(preview));
    if (!outcome.ok) {
      setStatus({ kind: 'error', text: outcome.issues[0]?.path === 'copy.rooms' ? t('series.next.needsRooms') : errorMessage(outcome.code) });
      return;
    }
    setSummary(outcome.value.summary);
    setStatus(preview ? { kind: 'idle' } : { kind: 'done', text: t('series.next.created', { path: `/${outcome.value.summary.slug}/` }) });
    if (!preview) props.onCreated(outcome.value.events);
  }
  const changed = () => setSummary(null);

  return (
    <form class="card" data-form="next-event" onSubmit={(e) => (e.preventDefault(), void send(true))}>
      <p>{t('series.next.from', { name: props.from.name, date: dayLabel(props.from.firstDay, locale()) })}</p>
      <label class="field">
        <span class="field-label">{t('series.next.firstDay')}</span>
        <input type="date" required value={firstDay()} onInput={(e) => (setFirstDay(e.currentTarget.value), changed())} />
      </label>
      <label class="field">
        <span class="field-label">{t('series.next.venue')}</span>
        <input type="text" maxLength={200} value={venue()} placeholder={t('series.next.sameVenue')} onInput={(e) => (setVenue(e.currentTarget.value), changed())} />
      </label>
      <label class="field">
        <span class="field-label">{t('series.next.city')}</span>
        <input type="text" maxLength={100} value={city()} onInput={(e) => (setCity(e.currentTarget.value), changed())} />
      </label>
      <fieldset class="card availability-choice">
        <legend class="field-label">{t('series.next.copy')}</legend>
        <For each={copyChoices}>
          {(choice) => (
            <label class="choice">
              <input type="checkbox" checked={copy()[choice]} onChange={(e) => (setCopy({ ...copy(), [choice]: e.currentTarget.checked }), changed())} />
              {t(`series.copy.${choice}`)}
            </label>
          )}
        </For>
      </fieldset>
      <button type="submit" class="button" disabled={status().kind === 'busy'}>
        {t('series.next.preview')}
      </button>
      <Show when={summary()}>
        {(planned) => (
          <section class="notice" aria-live="polite" data-next-summary>
            <p>{t('series.next.summary', { date: dayLabel(planned().firstDay, locale()), venue: planned().venue, path: `/${planned().slug}/` })}</p>
            <ul>
              <li>{t('series.next.counts', { rooms: planned().rooms, sessions: planned().sessions, stands: planned().stands })}</li>
              <li>{planned().floorPlan ? t('series.next.withPlan') : t('series.next.withoutPlan')}</li>
            </ul>
            <Show when={status().kind !== 'done'}>
              <button type="button" class="button" disabled={status().kind === 'busy'} onClick={() => void send(false)}>
                {t('series.next.create')}
              </button>
            </Show>
          </section>
        )}
      </Show>
      <FormStatusLine status={status()} />
    </form>
  );
}
