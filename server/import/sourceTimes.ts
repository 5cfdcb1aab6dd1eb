import { formatTime, zonedInstant } from '../../shared/time.js';

/** A wall-clock time "HH:MM" or "HH:MM:SS" as "HH:MM"; null when it is not one. */
export function clockTime(text: string): string | null {
  const match = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

/** A duration "H:MM", "HH:MM" or "HH:MM:SS" (seconds ignored), or plain minutes, in minutes. */
export function durationMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d{1,4}$/.test(trimmed)) return Number(trimmed);
  const parts = /^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$/.exec(trimmed);
  return parts ? Number(parts[1]) * 60 + Number(parts[2]) : null;
}

/** A real calendar date YYYY-MM-DD: Date.parse alone lets 2026-02-31 through. */
export function isDate(text: string): boolean {
  const ms = Date.parse(`${text}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text);
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** The next calendar day of a YYYY-MM-DD date. */
export const nextDate = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export type TimeResult = { ok: true; iso: string } | { ok: false; field: string; message: string };

/**
 * The instant of a local date and time in the event's zone. A time the clocks skip (02:30 on
 * the night summer time starts) does not exist, and saying so beats guessing.
 */
export function localInstant(date: string, time: string, zone: string, field: string): TimeResult {
  const iso = zonedInstant(date, time, zone);
  if (formatTime(iso, zone) !== time) {
    return { ok: false, field, message: `${date} ${time} does not exist in ${zone} (the clocks skip it)` };
  }
  return { ok: true, iso };
}

/**
 * A frab/pretalx event's start. `date` with an offset is exact; it must then agree with `start`
 * read in the conference zone, which catches a wrong offset across a DST change. Without it,
 * `start` is read on the day's date, or the next date when it lies before the day's start
 * (frab days run past midnight).
 */
export function frabStart(input: { date?: string; start: string; dayDate: string; dayStart?: string; zone: string }): TimeResult {
  const start = clockTime(input.start);
  if (!start) return { ok: false, field: 'start', message: `"${input.start}" is not a time (HH:MM)` };
  if (input.date && /T/.test(input.date)) {
    const exact = /(Z|[+-]\d{2}:?\d{2})$/.test(input.date) ? Date.parse(input.date) : Number.NaN;
    if (Number.isNaN(exact)) return localInstant(input.date.slice(0, 10), start, input.zone, 'date');
    const local = formatTime(new Date(exact).toISOString(), input.zone);
    if (local !== start) {
      return { ok: false, field: 'date', message: `${input.date} is ${local} in ${input.zone}, but start says ${start}` };
    }
    return { ok: true, iso: new Date(exact).toISOString() };
  }
  if (input.date && isDate(input.date)) return localInstant(input.date, start, input.zone, 'start');
  const dayStart = input.dayStart ? clockTime(input.dayStart) : null;
  const date = dayStart && start < dayStart ? nextDate(input.dayDate) : input.dayDate;
  return localInstant(date, start, input.zone, 'start');
}
