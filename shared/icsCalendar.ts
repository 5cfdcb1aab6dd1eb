import type { EventInfo, Room, Session } from './model.js';
import { sortSessions } from './sessions.js';

/** What the builder needs; PublicState fits, and so does a client's cached snapshot. */
export interface CalendarSource {
  event: EventInfo | null;
  rooms: Readonly<Record<string, Room>>;
  sessions: Readonly<Record<string, Session>>;
}

export type IcsResult = { ok: true; ics: string } | { ok: false; error: string };

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break as `\n`. */
const text = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/** `20261227T080000Z`: an instant in UTC, so every calendar shows it right in its own zone. */
const utcStamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1), cut
 * between characters, never inside one. One pass: the `ics` library this replaces recounted the
 * whole line for every fold and took 14 s for a 5,000-session calendar.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let [start, width] = [0, 0];
  for (let i = 0; i < line.length; i += 1) {
    const unit = line.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length;
    const octets = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
    if (width + octets > 75) {
      parts.push(line.slice(start, i));
      [start, width] = [i, 1];
    }
    width += octets;
    if (pair) i += 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

function description(session: Session): string {
  const speakers = session.speakers.length ? `\n\n${session.speakers.join(', ')}` : '';
  const reason = session.status === 'cancelled' && session.cancelReason ? `\n\n${session.cancelReason}` : '';
  return `${session.abstract}${speakers}${reason}`.trim();
}

function calendarEvent(session: Session, source: CalendarSource, event: EventInfo, stamp: string): string[] {
  const room = (Object.hasOwn(source.rooms, session.roomId) ? source.rooms[session.roomId]?.name : undefined) ?? session.roomId;
  const about = description(session);
  return [
    'BEGIN:VEVENT',
    // Stable per session and event, so a calendar updates the entry on a second import.
    `UID:${text(`${session.id}@${event.id}.ortstermin`)}`,
    `SUMMARY:${text(session.title)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(session.startsAt)}`,
    `DTEND:${utcStamp(session.endsAt)}`,
    // Grows with every live change, so calendar apps take the newer version.
    `SEQUENCE:${session.changedAtSeq ?? 0}`,
    ...(about ? [`DESCRIPTION:${text(about)}`] : []),
    `LOCATION:${text([room, event.venue, event.address].filter(Boolean).join(', '))}`,
    `STATUS:${session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `CATEGORIES:${text(session.kind)}`,
    'END:VEVENT',
  ];
}

/**
 * An iCalendar file of the programme, or of the given sessions only (an attendee's bookmarks).
 * Times are written in UTC, so every calendar shows them right in its own zone, across DST too.
 * Pure and free of Node APIs: the client builds the bookmark export with it offline.
 */
export function buildIcs(source: CalendarSource, sessionIds?: readonly string[]): IcsResult {
  const event = source.event;
  if (!event) return { ok: false, error: 'no event loaded' };
  const wanted = sessionIds ? new Set(sessionIds) : null;
  const sessions = sortSessions(Object.values(source.sessions).filter((session) => !wanted || wanted.has(session.id)));
  if (sessions.length === 0) return { ok: false, error: 'no sessions to export' };
  const stamp = utcStamp(new Date().toISOString());
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:ortstermin', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(event.name)}`, 'X-PUBLISHED-TTL:PT1H',
    ...sessions.flatMap((session) => calendarEvent(session, source, event, stamp)),
    'END:VCALENDAR',
  ];
  return { ok: true, ics: `${lines.map(foldLine).join('\r\n')}\r\n` };
}
