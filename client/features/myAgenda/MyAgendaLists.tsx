import { For, Show } from 'solid-js';
import type { Session } from '../../../shared/model';
import { t } from '../../i18n/i18n';
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

export function BookmarkedList(props: { sessions: readonly Session[]; clashes: Clashes }) {
  return (
    <Show when={props.sessions.length > 0}>
      <section aria-labelledby="my-agenda-all-title">
        <h2 id="my-agenda-all-title">{t('myAgenda.allHeading')}</h2>
        <ul class="plain-list">
          <For each={props.sessions}>
            {(session) => <MyAgendaItem session={session} clashes={props.clashes.get(session.id)} />}
          </For>
        </ul>
      </section>
    </Show>
  );
}
