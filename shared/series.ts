import { z } from 'zod';
import { eventSlugPattern, reservedSlugs } from './eventSlugs.js';
import { localDate, zonedInstant } from './time.js';

/** Where an event of a series stands, for the list, the root address and what it still accepts. */
export const eventStatuses = ['upcoming', 'current', 'past'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** A short, stable address segment, e.g. `2026-mai` (see `eventSlugs.ts`). */
export const eventSlugSchema = z
  .string()
  .regex(eventSlugPattern, 'lower-case letters, digits and dashes, 1 to 40 characters')
  .refine((slug) => !reservedSlugs.has(slug), 'this address is one of the app’s own');

/** An event of the series as `GET /api/events` lists it. */
export const seriesEventSchema = z.object({
  id: z.string().min(1).max(64),
  slug: eventSlugSchema,
  name: z.string().min(1).max(200),
  /** The event's first and last day in its own time zone (YYYY-MM-DD). */
  firstDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  lastDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: z.enum(eventStatuses),
});
export type SeriesEvent = z.infer<typeof seriesEventSchema>;

/** What decides an event's status: its dates in its zone, and whether the organizer closed it. */
export interface EventDates {
  startsAt: string;
  endsAt: string;
  timeZone: string;
  closedAt: string | null;
}

const dayMs = 24 * 60 * 60 * 1000;

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
}

/** The event's days in its zone. */
export function eventDayRange(dates: Pick<EventDates, 'startsAt' | 'endsAt' | 'timeZone'>): { firstDay: string; lastDay: string } {
  return { firstDay: localDate(new Date(dates.startsAt), dates.timeZone), lastDay: localDate(new Date(dates.endsAt), dates.timeZone) };
}

/** The instants an event's status turns at, worked out in its zone once (a zone's rules cost tens of µs a call). */
export interface EventBounds {
  firstDay: string;
  lastDay: string;
  /** Its first day's midnight in its zone, ms. */
  beginsMs: number;
  /** The midnight after its last day in its zone, ms. */
  lastDayEndsMs: number;
}

export function eventBounds(dates: Pick<EventDates, 'startsAt' | 'endsAt' | 'timeZone'>): EventBounds {
  const { firstDay, lastDay } = eventDayRange(dates);
  return {
    firstDay,
    lastDay,
    beginsMs: Date.parse(zonedInstant(firstDay, '00:00', dates.timeZone)),
    lastDayEndsMs: Date.parse(zonedInstant(nextDate(lastDay), '00:00', dates.timeZone)),
  };
}

/**
 * Upcoming until its first day begins (in its zone), current from then, past when the organizer
 * closed it or 24 hours after its last day ended (phones read it the evening after, too). The
 * series' latest event is not past by the calendar alone: with no later date to point its phones
 * to, it stays open until the organizer closes it or creates the next (so an installation with one
 * event, and a demo on an old date, work as they always did).
 */
export function eventStatus(dates: EventDates, now: number, laterEventExists: boolean, bounds: EventBounds = eventBounds(dates)): EventStatus {
  if (dates.closedAt !== null && Date.parse(dates.closedAt) <= now) return 'past';
  if (now >= bounds.lastDayEndsMs + dayMs && laterEventExists) return 'past';
  return now >= bounds.beginsMs ? 'current' : 'upcoming';
}

/** What the root address opens: the current event, else the next one, else the last one. */
export function rootEvent<E extends { status: EventStatus; firstDay: string }>(events: readonly E[]): E | undefined {
  const byDay = [...events].sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  return (
    byDay.find((event) => event.status === 'current') ??
    byDay.find((event) => event.status === 'upcoming') ??
    byDay.filter((event) => event.status === 'past').at(-1)
  );
}

const germanMonths = ['jan', 'feb', 'maerz', 'april', 'mai', 'juni', 'juli', 'aug', 'sept', 'okt', 'nov', 'dez'];

/** A slug from the first day (`2026-mai`), with the day added when the month is taken (`2026-mai-14`), then a number. */
export function slugForDay(firstDay: string, taken: ReadonlySet<string>): string {
  const [year, month, day] = firstDay.split('-');
  const base = `${year}-${germanMonths[Number(month) - 1] ?? month}`;
  const candidates = [base, `${base}-${Number(day)}`];
  for (let n = 2; candidates.length < 100; n += 1) candidates.push(`${base}-${Number(day)}-${n}`);
  return candidates.find((slug) => !taken.has(slug)) ?? `${base}-${Date.now()}`;
}

/**
 * What a past event still accepts: erasing what a person asked (a question's deletion) and the
 * moderators' hiding of one; keeping the Impressum and the other legal pages true, and reporting a
 * barrier (the accessibility statement's feedback must work as long as the pages are online);
 * erasing personal data, the organizer's at once and an attendee's own ("Meine Daten"); and
 * curating the project library (its entries outlive the event); and leaving "Wer ist da?".
 * Everything else is refused with `event_closed`.
 */
export const commandsAfterClose: ReadonlySet<string> = new Set([
  'question:delete',
  'question:hide',
  'legal:set-page',
  'barrier:report',
  'personal-data:erase',
  'own-data:erase',
  'library:withdraw',
  'directory:leave',
]);
