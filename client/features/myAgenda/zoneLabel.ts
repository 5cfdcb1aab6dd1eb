import { formatTime } from '../../../shared/time';

const namers = new Map<string, Intl.DateTimeFormat>();

/** "MESZ" or "MEZ" (de), "CEST" or "CET" (en): which one depends on the instant, not the phone. */
export function zoneName(iso: string, timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let namer = namers.get(key);
  if (!namer) {
    namer = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' });
    namers.set(key, namer);
  }
  return namer.formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The zone names of several instants, each once: "MEZ/MESZ" on the day the clocks change. */
export function zoneNames(isos: readonly string[], timeZone: string, locale: string): string {
  return [...new Set(isos.map((iso) => zoneName(iso, timeZone, locale)))].join('/');
}

/** "10:30–11:00 MESZ", or "01:30 MEZ – 03:30 MESZ" when the clocks change in between. */
export function labelledRange(slot: { startsAt: string; endsAt: string }, timeZone: string, locale: string): string {
  const [start, end] = [slot.startsAt, slot.endsAt].map((iso) => formatTime(iso, timeZone, locale));
  const [startZone, endZone] = [slot.startsAt, slot.endsAt].map((iso) => zoneName(iso, timeZone, locale));
  return startZone === endZone ? `${start}–${end} ${startZone}` : `${start} ${startZone} – ${end} ${endZone}`;
}
