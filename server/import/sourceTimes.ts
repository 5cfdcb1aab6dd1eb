import type { timeReadings } from '../../shared/programmeImport.js';
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

export const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** The next calendar day of a YYYY-MM-DD date. */
export const nextDate = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Where a file's exact `date` and its local `start` disagree, which reading wins. */
export type TimeReading = (typeof timeReadings)[number];

/** Both readings of a start that disagrees with itself: by the offset in `date`, and by `start` in the zone. */
export interface TimeDisagreement {
  byOffset: string;
  byZone: string;
}

export type TimeResult =
  | { ok: true; iso: string; disagreement?: TimeDisagreement }
  | { ok: false; field: string; message: string };

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
 * A day's start as a wall-clock time in the zone. frab writes it as an instant
 * (`2014-12-27T11:00:00+01:00`), pretalx's JSON too, older files as `HH:MM`.
 */
export function dayStartClock(dayStart: string | undefined, zone: string): string | undefined {
  if (!dayStart) return undefined;
  const clock = clockTime(dayStart);
  if (clock) return clock;
  const ms = Date.parse(dayStart);
  return Number.isNaN(ms) ? undefined : formatTime(new Date(ms).toISOString(), zone);
}

interface FrabStartInput {
  date?: string;
  start: string;
  dayDate: string;
  /** `HH:MM` or an instant; starts before it belong to the next date. */
  dayStart?: string;
  zone: string;
  /** Chosen by the organizer when the file disagrees with itself; without it the offset wins and the disagreement is reported. */
  reading?: TimeReading;
}

/** `date` with an offset: exact, unless it disagrees with `start` read in the zone (then both readings are kept). */
function exactStart(input: FrabStartInput, date: string, start: string): TimeResult {
  const exact = new Date(Date.parse(date)).toISOString();
  if (formatTime(exact, input.zone) === start) return { ok: true, iso: exact };
  const byZone = localInstant(date.slice(0, 10), start, input.zone, 'start');
  if (!byZone.ok) return byZone;
  const disagreement = { byOffset: exact, byZone: byZone.iso };
  return { ok: true, iso: input.reading === 'zone' ? byZone.iso : exact, disagreement };
}

/**
 * A frab/pretalx event's start. `date` with an offset is exact; where it disagrees with `start`
 * read in the conference zone (a wrong zone name, `Z` written for local time) both readings are
 * kept so the organizer can choose. Without it, `start` is read on the day's date, or the next
 * date when it lies before the day's start (frab days run past midnight).
 */
export function frabStart(input: FrabStartInput): TimeResult {
  const start = clockTime(input.start) ?? (/T\d{2}:\d{2}/.test(input.start) ? dayStartClock(input.start, input.zone) ?? null : null);
  if (!start) return { ok: false, field: 'start', message: `"${input.start}" is not a time (HH:MM)` };
  if (input.date && /T/.test(input.date)) {
    const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(input.date) && !Number.isNaN(Date.parse(input.date));
    if (!hasOffset) return localInstant(input.date.slice(0, 10), start, input.zone, 'date');
    return exactStart(input, input.date, start);
  }
  if (input.date && isDate(input.date)) return localInstant(input.date, start, input.zone, 'start');
  const dayStart = dayStartClock(input.dayStart, input.zone);
  const date = dayStart && start < dayStart ? nextDate(input.dayDate) : input.dayDate;
  return localInstant(date, start, input.zone, 'start');
}
