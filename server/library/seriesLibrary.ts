import type { LibrarySource } from '../../shared/library.js';
import { eventDayRange } from '../../shared/series.js';
import type { LiveState } from '../kernel/liveState.js';
import type { LibrarySources } from './libraryRoutes.js';

/** What the library needs of an event of the series. */
export interface LibrarySite {
  record: { id: string; slug: string };
  runtime: { live: Pick<LiveState, 'snapshotFor' | 'seq'> };
}

/** The series' events as the library reads them: each one's attendee view, never a staff view. */
export function seriesLibrary(sites: () => readonly LibrarySite[]): LibrarySources {
  return {
    sources: () =>
      sites().flatMap((site): LibrarySource[] => {
        const { state } = site.runtime.live.snapshotFor(['public']);
        if (!state.event) return [];
        return [{ slug: site.record.slug, name: state.event.name, firstDay: eventDayRange(state.event).firstDay, state }];
      }),
    version: () => sites().map((site) => `${site.record.id}@${site.runtime.live.seq()}`).join(','),
  };
}
