import { createStoredIdSet } from '../../sync/storedIdSet';

/**
 * Bookmarked sessions live on the device only (no account). Session ids stay stable across a
 * programme re-import, so bookmarks survive it.
 */
const bookmarks = createStoredIdSet('ortstermin.bookmarks');

export const bookmarkedIds = bookmarks.ids;
export const isBookmarked = (sessionId: string) => bookmarks.has(sessionId);
export const setBookmarked = (sessionId: string, on: boolean) => bookmarks.set(sessionId, on);
