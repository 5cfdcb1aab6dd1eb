import { A } from '@solidjs/router';
import { createMemo, Show } from 'solid-js';
import type { Session } from '../../../shared/model';
import { dateLocale, t } from '../../i18n/i18n';
import { WhenLoaded } from '../../layout/WhenLoaded';
import { state } from '../../sync/connection';
import { bookmarkedIds, setBookmarked } from '../agenda/bookmarks';
import { eventZone } from '../agenda/sessionView';
import { changedSinceSeen, findClashes } from './myAgendaLogic';
import { bookmarkedSessions, removedBookmarks, shownSeq } from './myAgendaView';
import { BookmarkedList, ChangedList } from './MyAgendaLists';
import { MyAgendaTools } from './MyAgendaTools';
import { markSeen, seen } from './seenSessions';
import { zoneNames } from './zoneLabel';

function EmptyState() {
  return (
    <div class="notice my-agenda-empty">
      <p>{t('myAgenda.empty')}</p>
      <p>{t('myAgenda.emptyHow')}</p>
      <A class="button-link" href="/agenda">{t('myAgenda.toAgenda')}</A>
    </div>
  );
}

export function MyAgendaPage() {
  const sessions = createMemo(() => bookmarkedSessions(state(), bookmarkedIds()));
  const changes = createMemo(() => changedSinceSeen(sessions(), seen(), shownSeq()));
  const removed = createMemo(() => removedBookmarks(state(), bookmarkedIds(), seen(), shownSeq()));
  const clashes = createMemo(() => findClashes(sessions()));
  const rest = () => sessions().filter((s) => !changes().some((c) => c.session.id === s.id));
  const zone = () => zoneNames(sessions().flatMap((s) => [s.startsAt, s.endsAt]), eventZone(state()), dateLocale());
  let title: HTMLHeadingElement | undefined;
  // The acknowledged item leaves the list under the focused button; focus must not fall to <body>.
  const acknowledge = (session: Session) => {
    markSeen([session], shownSeq());
    title?.focus();
  };
  const forget = (id: string) => {
    setBookmarked(id, false);
    title?.focus();
  };

  return (
    <section class="page my-agenda" aria-labelledby="my-agenda-title">
      <h1 id="my-agenda-title" ref={title} tabIndex={-1}>
        {t('myAgenda.title')}
      </h1>
      <WhenLoaded>
        <Show when={sessions().length + removed().length > 0} fallback={<EmptyState />}>
          <Show when={zone()}>
            <p class="page-lead">{t('myAgenda.zoneNote', { zone: zone() })}</p>
          </Show>
          <Show when={clashes().size > 0}>
            <p class="clash-summary">
              <span aria-hidden="true">⚠ </span>
              {t('myAgenda.clashSummary', { count: clashes().size })}
            </p>
          </Show>
          <ChangedList
            changes={changes()}
            removed={removed()}
            clashes={clashes()}
            onAcknowledge={acknowledge}
            onForget={forget}
          />
          <BookmarkedList sessions={rest()} clashes={clashes()} />
        </Show>
        <MyAgendaTools ids={sessions().map((s) => s.id)} />
      </WhenLoaded>
    </section>
  );
}
