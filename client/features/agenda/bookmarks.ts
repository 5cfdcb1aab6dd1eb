import type { Session } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { createStoredIdSet } from '../../sync/storedIdSet';

/**
 * Bookmarked sessions live on the device only (no account). Session ids stay stable across a
 * programme re-import, so bookmarks survive it.
 */
const bookmarks = createStoredIdSet('ortstermin.bookmarks');

export const bookmarkedIds = bookmarks.ids;
export const isBookmarked = (sessionId: string) => bookmarks.has(sessionId);
export const setBookmarked = (sessionId: string, on: boolean) => bookmarks.set(sessionId, on);

/** The bookmarked sessions the programme still has (a removed one keeps its bookmark), in no order. */
export function bookmarkedInProgramme(state: PublicState, ids: ReadonlySet<string>): Session[] {
  return [...ids].flatMap((id) => {
    const session = Object.hasOwn(state.sessions, id) ? state.sessions[id] : undefined;
    return session ? [session] : [];
  });
}
