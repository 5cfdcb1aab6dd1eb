import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { sortedSessions } from '../../../shared/agenda';
import { agendaDay, dayLabel, eventDays, initialDay, timeWithinDay } from '../../../shared/agendaDays';
import type { Session } from '../../../shared/model';
import { sessionPhase } from '../../../shared/sessions';
import { dateLocale, t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { loaded, state } from '../../sync/connection';
import { MyAgendaLink } from './MyAgendaLink';
import { AgendaFilters } from './AgendaFilters';
import { filterSessions, isFiltering, noFilter } from './agendaFilter';
import { DaySwitcher } from './DaySwitcher';
import { createServerClock } from './serverClock';
import { SessionCard } from './SessionCard';
import { eventZone, groupByStart, timeOf } from './sessionView';

/** The first group not yet over: the now-marker goes before it, so what runs now is right below it. */
function firstOpenGroup(groups: ReadonlyMap<string, Session[]>, nowMs: number): string | null {
  for (const [start, sessions] of groups) if (sessions.some((s) => sessionPhase(s, nowMs) !== 'past')) return start;
  return null;
}

export function AgendaPage() {
  const now = createServerClock();
  const zone = () => eventZone(state());
  const all = createMemo(() => sortedSessions(state()));
  const days = createMemo(() => eventDays(all(), zone()));
  const [chosenDay, setChosenDay] = createSignal<string>();
  const day = () => chosenDay() ?? initialDay(days(), now(), zone());
  const [filter, setFilter] = createSignal(noFilter);
  const filtering = () => isFiltering(filter());
  const shown = createMemo(() =>
    filtering() ? filterSessions(all(), filter(), state()) : all().filter((s) => agendaDay(s.startsAt, zone()) === day()),
  );
  const groups = createMemo(() => groupByStart(shown()));
  const starts = () => [...groups().keys()];
  const isToday = () => day() === agendaDay(now(), zone());
  /** Before which group the marker stands; 'end' after the day's last session; null when the day shown is not today. */
  const marker = createMemo(() => (filtering() || !isToday() ? null : (firstOpenGroup(groups(), now()) ?? 'end')));
  // A heading's date shows where the day is not obvious: past midnight, or in search results across days.
  const heading = (start: string) =>
    filtering() ? `${dayLabel(agendaDay(start, zone()), dateLocale(), true)}, ${timeOf(start, state())}` : timeWithinDay(start, day() ?? '', zone(), dateLocale());

  let list: HTMLDivElement | undefined;
  const jumpToNow = (behavior: ScrollBehavior = 'smooth') => list?.querySelector('.now-marker')?.scrollIntoView({ block: 'start', behavior });
  // Opens at now once the programme is there; later clock ticks leave the reader's scroll alone.
  createEffect(on(() => loaded() && marker() !== null, (ready, wasReady) => {
    if (ready && !wasReady) requestAnimationFrame(() => jumpToNow('auto'));
  }));

  const nowMarker = () => (
    <p class="now-marker" id="now-marker" role="note">
      {t('agenda.nowMarker', { time: timeOf(new Date(now()).toISOString(), state()) })}
    </p>
  );

  return (
    <section class="page" aria-labelledby="agenda-title">
      <h1 id="agenda-title">{t('agenda.title')}</h1>
      <Show when={day()}>{(shownDay) => <p class="page-lead">{dayLabel(shownDay(), dateLocale())}</p>}</Show>
      <MyAgendaLink />
      <DaySwitcher days={days()} selected={filtering() ? undefined : day()} onSelect={setChosenDay} />
      <AgendaFilters filter={filter()} onChange={setFilter} />
      <Show when={marker() !== null}>
        <p>
          <button type="button" class="link-button" onClick={() => jumpToNow()}>{t('agenda.jumpNow')}</button>
        </p>
      </Show>
      <WhenLoaded>
        <Show when={all().length > 0} fallback={<p class="muted">{t('agenda.empty')}</p>}>
          <Show when={starts().length > 0} fallback={<p class="muted">{t('agenda.noMatch')}</p>}>
            <div ref={list}>
              <For each={starts()}>
                {(start) => (
                  <>
                    <Show when={marker() === start}>{nowMarker()}</Show>
                    <section class="time-group">
                      <h2 class="time-heading">{t('agenda.startsAt', { time: heading(start) })}</h2>
                      <For each={groups().get(start) ?? []}>
                        {(session) => <SessionCard session={session} past={sessionPhase(session, now()) === 'past'} />}
                      </For>
                    </section>
                  </>
                )}
              </For>
              <Show when={marker() === 'end'}>{nowMarker()}</Show>
            </div>
          </Show>
        </Show>
      </WhenLoaded>
    </section>
  );
}
