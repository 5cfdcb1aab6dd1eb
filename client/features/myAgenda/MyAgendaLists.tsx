import { createMemo, For, Show } from 'solid-js';
import { agendaDay, dayLabel } from '../../../shared/agendaDays';
import type { Session } from '../../../shared/model';
import { dateLocale, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { eventZone } from '../agenda/sessionView';
import type { SeenChange } from './myAgendaLogic';
import type { RemovedBookmark } from './myAgendaView';
import { MyAgendaItem, RemovedItem } from './MyAgendaItem';

type Clashes = ReadonlyMap<string, readonly Session[]>;

/** What changed since the attendee last looked: first on the page, each with its "Verstanden". */
export function ChangedList(props: {
  changes: readonly SeenChange[];
  removed: readonly RemovedBookmark[];
  clashes: Clashes;
  onAcknowledge: (session: Session) => void;
  onForget: (id: string) => void;
}) {
  return (
    <Show when={props.changes.length + props.removed.length > 0}>
      <section class="my-agenda-changed" aria-labelledby="my-agenda-changed-title">
        <h2 id="my-agenda-changed-title">{t('myAgenda.changedHeading')}</h2>
        <ul class="plain-list">
          <For each={props.removed}>
            {(gone) => <RemovedItem title={gone.title} onAcknowledge={() => props.onForget(gone.id)} />}
          </For>
          <For each={props.changes}>
            {(change) => (
              <MyAgendaItem
                session={change.session}
                change={change}
                clashes={props.clashes.get(change.session.id)}
                onAcknowledge={() => props.onAcknowledge(change.session)}
              />
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

/** Bookmarks by programme day (a heading per day when there are several), in time order within each. */
export function BookmarkedList(props: { sessions: readonly Session[]; clashes: Clashes }) {
  const zone = () => eventZone(state());
  const byDay = createMemo(() => {
    const days = new Map<string, Session[]>();
    for (const session of props.sessions) {
      const day = agendaDay(session.startsAt, zone());
      days.set(day, [...(days.get(day) ?? []), session]);
    }
    return [...days.entries()];
  });
  return (
    <Show when={props.sessions.length > 0}>
      <section aria-labelledby="my-agenda-all-title">
        <h2 id="my-agenda-all-title">{t('myAgenda.allHeading')}</h2>
        <For each={byDay()}>
          {([day, sessions]) => (
            <>
              <Show when={byDay().length > 1}>
                <h3 class="my-agenda-day" data-day={day}>{dayLabel(day, dateLocale())}</h3>
              </Show>
              <ul class="plain-list">
                <For each={sessions}>
                  {(session) => <MyAgendaItem session={session} clashes={props.clashes.get(session.id)} />}
                </For>
              </ul>
            </>
          )}
        </For>
      </section>
    </Show>
  );
}
