import { A } from '@solidjs/router';
import { MyAgendaLink } from './MyAgendaLink';
import { SignVideoLink } from '../signVideo/SignVideoLink';
import { createMemo, For, Show } from 'solid-js';
import { nowAndNext } from '../../../shared/agenda';
import { agendaDay, dayLabel } from '../../../shared/agendaDays';
import type { Session } from '../../../shared/model';
import type { MessageKey } from '../../i18n/i18n';
import { dateLocale, t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { createServerClock } from './serverClock';
import { SessionCard } from './SessionCard';
import { eventZone, timeOf } from './sessionView';

function SessionList(props: { id: string; title: MessageKey; sessions: Session[]; empty: string }) {
  return (
    <section class="now-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{t(props.title)}</h2>
      <Show when={props.sessions.length > 0} fallback={<p class="muted">{props.empty}</p>}>
        <For each={props.sessions}>{(session) => <SessionCard session={session} />}</For>
      </Show>
    </section>
  );
}

/**
 * When the next session is not today (before the event, or between its days): "Beginnt Dienstag,
 * 14. Mai, 09:30 · Fraunhofer-Zentrum", so nobody reads "nothing running" as "nothing at all".
 */
function nextStartLine(next: Session | undefined, nowMs: number, started: boolean): string | null {
  if (!next) return null;
  const zone = eventZone(state());
  const nextDay = agendaDay(next.startsAt, zone);
  if (started && nextDay === agendaDay(nowMs, zone)) return null;
  const params = { day: dayLabel(nextDay, dateLocale()), time: timeOf(next.startsAt, state()) };
  if (started) return t('now.laterToday', params);
  const event = state().event;
  const venue = [event?.venue, event?.address].filter(Boolean).join(', ');
  return venue ? t('now.beginsAtVenue', { ...params, venue }) : t('now.beginsAt', params);
}

export function NowNextPage() {
  const now = createServerClock();
  const current = createMemo(() => nowAndNext(state(), now()));
  const started = () => {
    const first = Object.values(state().sessions).reduce<string | null>((min, s) => (min === null || s.startsAt < min ? s.startsAt : min), null);
    return first !== null && now() >= Date.parse(first);
  };
  const over = () => {
    const event = state().event;
    return event !== null && now() >= Date.parse(event.endsAt) && current().next.length === 0;
  };
  const startLine = () => nextStartLine(current().next[0], now(), started());

  return (
    <section class="page" aria-labelledby="now-title">
      <h1 id="now-title" class="visually-hidden">{t('now.title')}</h1>
      {/* The header cuts a long event name short; the start page says it whole, once. */}
      <Show when={state().event}>{(event) => <p class="now-event-name">{event().name}</p>}</Show>
      <SignVideoLink />
      <WhenLoaded>
        <Show when={!over()} fallback={<p class="notice">{t('now.over')}</p>}>
          <Show when={startLine()}>{(line) => <p class="notice now-start">{line()}</p>}</Show>
          <Show when={started()}>
            <SessionList id="now-now" title="now.now" sessions={current().now} empty={t('now.nothingNow')} />
          </Show>
          <SessionList id="now-next" title="now.next" sessions={current().next} empty={t('now.nothingNext')} />
        </Show>
        <p>
          <A class="button-link" href="/agenda">{t('now.fullAgenda')}</A>
        </p>
        <MyAgendaLink />
      </WhenLoaded>
    </section>
  );
}
