import type { LibrarySource } from '../../shared/library.js';
import type { PublicState } from '../../shared/publicState.js';
import { eventDayRange } from '../../shared/series.js';
import type { LiveState } from '../kernel/liveState.js';
import type { LibrarySources } from './libraryRoutes.js';

/** What the library needs of an event of the series. */
export interface LibrarySite {
  record: { id: string; slug: string };
  runtime: { live: Pick<LiveState, 'snapshotFor'> };
}

/**
 * The series' events as the library reads them: each one's attendee view, never a staff view.
 * The versions name the parts of the state the library is made of by their identity (the reducer
 * shares what a change does not touch): the stands, the event and the withdrawals at once, the
 * questions (which every vote touches) as `answers`.
 */
export function seriesLibrary(sites: () => readonly LibrarySite[]): LibrarySources {
  const ids = new WeakMap<object, number>();
  let last = 0;
  const idOf = (part: object | null) => {
    if (part === null) return 0;
    const known = ids.get(part);
    if (known !== undefined) return known;
    last += 1;
    ids.set(part, last);
    return last;
  };
  const views = () => sites().map((site) => ({ site, state: site.runtime.live.snapshotFor(['public']).state }));
  const versionOf = (parts: (state: PublicState) => (object | null)[]) => () =>
    views().map(({ site, state }) => `${site.record.id}:${parts(state).map(idOf).join('.')}`).join(',');
  return {
    sources: () =>
      views().flatMap(({ site, state }): LibrarySource[] =>
        state.event ? [{ slug: site.record.slug, name: state.event.name, firstDay: eventDayRange(state.event).firstDay, state }] : [],
      ),
    version: versionOf((state) => [state.event, state.stands, state.library]),
    answersVersion: versionOf((state) => [state.questions]),
  };
}
