import { createMemo, For, Show } from 'solid-js';
import { sortedSessions } from '../../../shared/agenda';
import { formatDay } from '../../../shared/time';
import { dateLocale, t } from '../../i18n/i18n';
import { loaded, state } from '../../sync/connection';
import { MyAgendaLink } from '../myAgenda/MyAgendaLink';
import { SessionCard } from './SessionCard';
import { eventZone, groupByStart, timeOf } from './sessionView';

export function AgendaPage() {
  const groups = createMemo(() => groupByStart(sortedSessions(state())));
  const starts = () => [...groups().keys()];

  return (
    <section class="page" aria-labelledby="agenda-title">
      <h1 id="agenda-title">{t('agenda.title')}</h1>
      <Show when={state().event}>
        {(event) => <p class="page-lead">{formatDay(event().startsAt, eventZone(state()), dateLocale())}</p>}
      </Show>
      <MyAgendaLink />
      <Show when={loaded()} fallback={<p class="muted">{t('app.loading')}</p>}>
        <Show when={starts().length > 0} fallback={<p class="muted">{t('agenda.empty')}</p>}>
          <For each={starts()}>
            {(start) => (
              <section class="time-group">
                <h2 class="time-heading">{t('agenda.startsAt', { time: timeOf(start, state()) })}</h2>
                <For each={groups().get(start) ?? []}>{(session) => <SessionCard session={session} />}</For>
              </section>
            )}
          </For>
        </Show>
      </Show>
    </section>
  );
}
