import { agendaDay, dateAndTime, dayLabel, spansDays, timeWithinDay } from '../../../shared/agendaDays';
import type { Session } from '../../../shared/model';
import type { PublicState } from '../../../shared/publicState';
import { sessionChanges } from '../../../shared/sessions';
import { defaultTimeZone, formatTime } from '../../../shared/time';
import { dateLocale, t } from '../../i18n/i18n';

/** Times are shown in the event's zone, never the phone's. */
export function eventZone(state: PublicState): string {
  return state.event?.timeZone ?? defaultTimeZone;
}

export function timeOf(iso: string, state: PublicState): string {
  return formatTime(iso, eventZone(state), dateLocale());
}

export function timeRange(slot: { startsAt: string; endsAt: string }, state: PublicState): string {
  return t('session.timeRange', { start: timeOf(slot.startsAt, state), end: timeOf(slot.endsAt, state) });
}

/**
 * The slot's times, after its day's name where the day is not obvious (an event of several days):
 * "Dienstag, 14. Mai, 09:30–10:00"; an end past midnight carries its own date.
 */
export function timeRangeWithDay(slot: { startsAt: string; endsAt: string }, state: PublicState): string {
  const zone = eventZone(state);
  if (!spansDays(state.event, zone)) return timeRange(slot, state);
  const day = agendaDay(slot.startsAt, zone);
  const at = (iso: string) => timeWithinDay(iso, day, zone, dateLocale());
  return `${dayLabel(day, dateLocale())}, ${t('session.timeRange', { start: at(slot.startsAt), end: at(slot.endsAt) })}`;
}

/** A moment ("14:05"), with its date where the day is not obvious ("Di., 14. Mai, 14:05"). */
export function momentOf(iso: string, state: PublicState): string {
  return spansDays(state.event, eventZone(state)) ? dateAndTime(iso, eventZone(state), dateLocale()) : timeOf(iso, state);
}

export function roomName(roomId: string, state: PublicState): string {
  return state.rooms[roomId]?.name ?? roomId;
}

/** "10:30 → 14:00, Auditorium → Seminarraum 1", or null when the slot is the programme's. */
export function changeSummary(session: Session, state: PublicState): string | null {
  const original = session.original;
  if (!original) return null;
  const kinds = sessionChanges(original, session);
  const parts: string[] = [];
  if (kinds.includes('start')) {
    parts.push(`${timeOf(original.startsAt, state)} → ${timeOf(session.startsAt, state)}`);
  } else if (kinds.includes('end')) {
    parts.push(t('session.changedEnd', { from: timeOf(original.endsAt, state), to: timeOf(session.endsAt, state) }));
  }
  if (kinds.includes('room')) {
    parts.push(`${roomName(original.roomId, state)} → ${roomName(session.roomId, state)}`);
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Sessions by start instant, in order; the keys are strings so `<For>` keeps each group's DOM. */
export function groupByStart(sessions: readonly Session[]): Map<string, Session[]> {
  const groups = new Map<string, Session[]>();
  for (const session of sessions) {
    const key = new Date(session.startsAt).toISOString();
    const group = groups.get(key);
    if (group) group.push(session);
    else groups.set(key, [session]);
  }
  return groups;
}
