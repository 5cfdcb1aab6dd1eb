import type { ChangeDataMap } from './changes.js';
import type { Announcement } from './model.js';
import type { PublicState } from './publicState.js';

/**
 * The newest announcements the state keeps: what a hall needs on screen, while the snapshot stays
 * small however many were posted (withdrawn ones leave the state at once). The log keeps them all.
 */
export const keptAnnouncements = 100;

type AnnouncementChange = 'announcement:corrected' | 'announcement:withdrawn';
type Reducers = { [K in AnnouncementChange]: (state: PublicState, data: ChangeDataMap[K]) => PublicState };

function updateAnnouncement(
  state: PublicState,
  id: string,
  update: (announcement: Announcement) => Announcement,
): PublicState {
  if (!state.announcements.some((a) => a.id === id)) return state;
  return { ...state, announcements: state.announcements.map((a) => (a.id === id ? update(a) : a)) };
}

/** Corrections replace the text in place (the English one too: an old translation would mislead). */
export const announcementReducers: Reducers = {
  'announcement:corrected': (state, { announcementId, text, textEn, correctedAt }) =>
    updateAnnouncement(state, announcementId, ({ textEn: _old, ...announcement }) => ({
      ...announcement,
      text,
      ...(textEn ? { textEn } : {}),
      correctedAt,
    })),
  'announcement:withdrawn': (state, { announcementId }) =>
    state.announcements.some((a) => a.id === announcementId)
      ? { ...state, announcements: state.announcements.filter((a) => a.id !== announcementId) }
      : state,
};
