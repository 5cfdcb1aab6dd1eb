import type { CalendarSource } from '../../../shared/icsCalendar';

/**
 * Builds the .ics of the bookmarked sessions on the phone (offline too) and saves it. The
 * calendar builder is loaded on first use, so the `ics` package is not in the first download.
 */
export async function saveBookmarksIcs(source: CalendarSource, ids: readonly string[], fileName: string): Promise<boolean> {
  const { buildIcs } = await import('../../../shared/icsCalendar');
  const built = buildIcs(source, ids);
  if (!built.ok) return false;
  const url = URL.createObjectURL(new Blob([built.ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
