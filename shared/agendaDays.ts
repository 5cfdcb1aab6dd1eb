import { formatDate, formatTime, localDate } from './time.js';

/**
 * The programme day changes at 04:00, as the CCC Fahrplan and FOSDEM's do: a session from 23:30
 * past midnight, or a late one starting at 01:15, belongs to the evening it is part of.
 */
export const dayChangeHour = 4;

/** The programme day (YYYY-MM-DD in the event's zone) an instant belongs to. */
export function agendaDay(iso: string | number, zone: string): string {
  return localDate(new Date(new Date(iso).getTime() - dayChangeHour * 3_600_000), zone);
}

/** The programme days of the sessions, in order. */
export function eventDays(sessions: readonly { startsAt: string }[], zone: string): string[] {
  return [...new Set(sessions.map((s) => agendaDay(s.startsAt, zone)))].sort();
}

/** The day to open: today during the event, else the next day with sessions, else the last. */
export function initialDay(days: readonly string[], nowMs: number, zone: string): string | undefined {
  const today = agendaDay(nowMs, zone);
  return days.find((day) => day >= today) ?? days[days.length - 1];
}

const labels = new Map<string, Intl.DateTimeFormat>();

/** A calendar date as people say it ("Dienstag, 14. Mai"; short: "Di., 14. Mai"), the same in every zone. */
export function dayLabel(date: string, locale: string, short = false): string {
  const key = `${locale}|${short}`;
  let format = labels.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: short ? 'short' : 'long', day: 'numeric', month: short ? 'short' : 'long' });
    labels.set(key, format);
  }
  return format.format(new Date(`${date}T12:00:00Z`));
}

/** A calendar date with its year ("14. Mai 2026"), where dates of a series' several years meet (the library). */
export function dateWithYear(date: string, locale: string): string {
  return formatDate(`${date}T12:00:00Z`, 'UTC', locale);
}

/** "14:00", or with the date ("Mo., 28. Dez., 01:15") when the calendar date is not the programme day's. */
export function timeWithinDay(iso: string, day: string, zone: string, locale: string): string {
  const time = formatTime(iso, zone, locale);
  const date = localDate(new Date(iso), zone);
  return date === day ? time : `${dayLabel(date, locale, true)}, ${time}`;
}

/** Whether the event runs over several programme days: then a time alone does not say which day. */
export function spansDays(event: { startsAt: string; endsAt: string } | null, zone: string): boolean {
  return event !== null && agendaDay(event.startsAt, zone) !== agendaDay(Date.parse(event.endsAt) - 1, zone);
}

/** A moment with its calendar date in front ("Di., 14. Mai, 14:05"). */
export function dateAndTime(iso: string, zone: string, locale: string): string {
  return `${dayLabel(localDate(new Date(iso), zone), locale, true)}, ${formatTime(iso, zone, locale)}`;
}
