/** Times are always shown in the event's zone, whatever zone the phone is set to. */
export const defaultTimeZone = 'Europe/Berlin';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, found);
  }
  return found;
}

export function formatTime(iso: string, timeZone: string, locale = 'de-DE'): string {
  return formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}

export function formatDay(iso: string, timeZone: string, locale = 'de-DE'): string {
  return formatter(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(
    new Date(iso),
  );
}

/** A date with its year ("13. Juni 2026"), for what lies beyond the event's days (the erasure date). */
export function formatDate(iso: string, timeZone: string, locale = 'de-DE'): string {
  return formatter(locale, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** The wall-clock date (YYYY-MM-DD) of an instant in a zone. */
export function localDate(at: Date, timeZone: string): string {
  const parts = formatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Offset of a zone from UTC at an instant, in minutes (Berlin in summer: 120). */
export function zoneOffsetMinutes(at: Date, timeZone: string): number {
  const parts = formatter('en-US', timeZone, {
    year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
  })
    .formatToParts(at)
    .reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.type]: Number(p.value) }), {});
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/** The instant of a wall-clock time (date YYYY-MM-DD, time HH:MM) in a zone, as ISO UTC. */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const naiveUtc = Date.parse(`${date}T${time}:00Z`);
  // Two passes settle the offset also on the day the clocks change.
  let offset = zoneOffsetMinutes(new Date(naiveUtc), timeZone);
  offset = zoneOffsetMinutes(new Date(naiveUtc - offset * 60000), timeZone);
  return new Date(naiveUtc - offset * 60000).toISOString();
}
