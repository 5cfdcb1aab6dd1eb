import { createStoredIdSet } from '../../sync/storedIdSet';

/** Enough for any event day. */
const dismissedSet = createStoredIdSet('ortstermin.dismissedAnnouncements', 200);

export const dismissed = dismissedSet.ids;

export function dismiss(announcementId: string): void {
  dismissedSet.set(announcementId, true);
}
