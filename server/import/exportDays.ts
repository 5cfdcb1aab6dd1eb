import type { EventInfo, Room, Session } from '../../shared/model.js';
import type { PublicState } from '../../shared/publicState.js';
import { compareInstants, sortSessions } from '../../shared/sessions.js';
import { formatTime, localDate, zoneOffsetMinutes } from '../../shared/time.js';
import { exportGuid } from '../kernel/ids.js';
import { ownValue } from './sourceModel.js';

/** An instant as the zone's wall-clock time with its offset: 2026-03-29T10:00:00+02:00. */
export function isoInZone(iso: string, zone: string): string {
  const at = new Date(iso);
  const offset = zoneOffsetMinutes(at, zone);
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Elapsed time as frab writes it, "HH:MM" (a session across the DST change lasts what it lasts). */
export function frabDuration(startsAt: string, endsAt: string): string {
  const minutes = Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface ExportEvent {
  session: Session;
  guid: string;
  /** frab wants a positive integer id besides the guid. */
  number: number;
  roomName: string;
  date: string;
  start: string;
  duration: string;
  slug: string;
}

export interface ExportRoom extends Room {
  guid: string;
}

export interface ExportDay {
  index: number;
  date: string;
  start: string;
  end: string;
  rooms: { room: ExportRoom; events: ExportEvent[] }[];
}

export interface ExportProgramme {
  event: EventInfo;
  rooms: ExportRoom[];
  days: ExportDay[];
}

const slugOf = (eventId: string, sessionId: string) =>
  `${eventId}-${sessionId}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/[-_]+$/, '');

function dayOf(date: string, index: number, events: ExportEvent[], rooms: ExportRoom[], zone: string): ExportDay {
  const starts = events.map((e) => e.session.startsAt).sort(compareInstants);
  const ends = events.map((e) => e.session.endsAt).sort(compareInstants);
  return {
    index,
    date,
    start: isoInZone(starts[0]!, zone),
    end: isoInZone(ends[ends.length - 1]!, zone),
    rooms: rooms.map((room) => ({ room, events: events.filter((e) => e.session.roomId === room.id) })),
  };
}

/** The programme arranged as frab and schedule.json arrange it: days (in the event's zone), rooms, events. */
export function exportProgramme(state: PublicState): ExportProgramme | null {
  const event = state.event;
  if (!event) return null;
  const zone = event.timeZone;
  const rooms = Object.values(state.rooms).map((room) => ({ ...room, guid: exportGuid(event.id, 'room', room.id) }));
  const numbers = new Map(Object.keys(state.sessions).sort().map((id, i) => [id, i + 1]));
  const events = sortSessions(Object.values(state.sessions))
    .map((session): ExportEvent => ({
      session,
      guid: exportGuid(event.id, 'session', session.id),
      number: numbers.get(session.id) ?? 0,
      roomName: ownValue(state.rooms, session.roomId)?.name ?? session.roomId,
      date: localDate(new Date(session.startsAt), zone),
      start: formatTime(session.startsAt, zone),
      duration: frabDuration(session.startsAt, session.endsAt),
      slug: slugOf(event.id, session.id),
    }));
  const dates = [...new Set(events.map((e) => e.date))].sort();
  const days = dates.map((date, i) => dayOf(date, i + 1, events.filter((e) => e.date === date), rooms, zone));
  return { event, rooms, days };
}
