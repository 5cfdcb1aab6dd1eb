import { createResource, Show } from 'solid-js';
import { dayLabel } from '../../../shared/agendaDays';
import { locale, t } from '../../i18n/i18n';
import { eventSlug } from '../../sync/eventAddress';
import { fetchSeriesEvents, laterEventOf } from './seriesList';

/**
 * On the page of a past event: a line to the series' next date, so a phone that kept last time's
 * event finds this time's. Asked once per page load, online; offline nothing shows.
 */
export function NextDateNotice() {
  const [next] = createResource(async () => {
    const slug = eventSlug();
    if (!slug) return null;
    return laterEventOf(await fetchSeriesEvents(), slug);
  });
  return (
    <Show when={next()}>
      {(event) => (
        <p class="poll-notice next-date-notice" data-next-date={event().slug}>
          <a href={`/${event().slug}/`}>{t('series.pastNotice', { name: event().name, date: dayLabel(event().firstDay, locale()) })}</a>
        </p>
      )}
    </Show>
  );
}
