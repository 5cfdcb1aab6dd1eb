import type { Announcement } from '../../../shared/model';

/**
 * What a dismissal is remembered under: a corrected announcement counts as new, so a person who
 * closed the first wording sees the correction too.
 */
export function dismissalKey(announcement: Announcement): string {
  return announcement.correctedAt ? `${announcement.id}@${announcement.correctedAt}` : announcement.id;
}

/** A short double buzz where the phone allows it (Android; iOS has no vibration API). */
export function vibrateForUrgent(): void {
  if (typeof navigator.vibrate !== 'function') return;
  try {
    navigator.vibrate([200, 100, 200]);
  } catch {
    // A browser may refuse before the person has interacted with the page; the banner still shows.
  }
}
