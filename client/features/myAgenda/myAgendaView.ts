import type { Session } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { dateLocale, t } from '../../i18n/i18n';
import { state } from '../../sync/connection';
import { lastSeq } from '../../sync/deviceStore';
import { bookmarkedInProgramme } from '../agenda/bookmarks';
import { eventZone, roomName } from '../agenda/sessionView';
import { byStart, type Fingerprint, type SeenChange } from './myAgendaLogic';
import { labelledRange } from './zoneLabel';

function sessionOf(state: PublicState, id: string): Session | undefined {
  return Object.hasOwn(state.sessions, id) ? state.sessions[id] : undefined;
}

/** The bookmarked sessions that are in the programme, in time order. */
export function bookmarkedSessions(state: PublicState, ids: ReadonlySet<string>): Session[] {
  return byStart(bookmarkedInProgramme(state, ids));
}

export interface RemovedBookmark {
  id: string;
  title: string;
}

/** Bookmarked sessions the attendee saw that a re-import or a moderator took out since. */
export function removedBookmarks(
  state: PublicState,
  ids: ReadonlySet<string>,
  seen: Readonly<Record<string, Fingerprint>>,
  stateSeq: number,
): RemovedBookmark[] {
  if (!state.event) return [];
  return Object.entries(seen)
    .filter(([id, before]) => ids.has(id) && stateSeq >= before.seq && !sessionOf(state, id))
    .map(([id, before]) => ({ id, title: before.title }));
}

/** The seq of the state on screen; reading `state()` makes it reactive (lastSeq is untracked). */
export function shownSeq(): number {
  state();
  return lastSeq() ?? 0;
}

export const rangeOf = (slot: { startsAt: string; endsAt: string }, state: PublicState): string =>
  labelledRange(slot, eventZone(state), dateLocale());

/** One line per kind of change, old → new, in Berlin time with the zone named. */
export function changeLines(change: SeenChange, state: PublicState): string[] {
  const { before, session } = change;
  return change.kinds.map((kind) => {
    switch (kind) {
      case 'time':
        return t('myAgenda.changeTime', { from: rangeOf(before, state), to: rangeOf(session, state) });
      case 'room':
        return t('myAgenda.changeRoom', { from: roomName(before.roomId, state), to: roomName(session.roomId, state) });
      case 'cancelled':
        return t('myAgenda.changeCancelled');
      case 'reinstated':
        return t('myAgenda.changeReinstated');
      case 'title':
        return t('myAgenda.changeTitle', { from: before.title });
    }
  });
}
