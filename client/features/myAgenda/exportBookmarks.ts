import type { CalendarSource } from '../../../shared/icsCalendar';
import { saveTextFile } from '../../saveFile';

/**
 * Builds the .ics of the bookmarked sessions on the phone (offline too) and saves it. The
 * calendar builder is loaded on first use, so the `ics` package is not in the first download.
 */
export async function saveBookmarksIcs(source: CalendarSource, ids: readonly string[], fileName: string): Promise<boolean> {
  const { buildIcs } = await import('../../../shared/icsCalendar');
  const built = buildIcs(source, ids);
  if (!built.ok) return false;
  saveTextFile(built.ics, 'text/calendar;charset=utf-8', fileName);
  return true;
}
