import ICAL from 'ical.js';
import type { EventInfo, Room, Session } from './model.js';
import { sortSessions } from './sessions.js';

/** What the builder needs; PublicState fits, and so does a client's cached snapshot. */
export interface CalendarSource {
  event: EventInfo | null;
  rooms: Readonly<Record<string, Room>>;
  sessions: Readonly<Record<string, Session>>;
}

export type IcsResult = { ok: true; ics: string } | { ok: false; error: string };

const utc = (iso: string) => ICAL.Time.fromJSDate(new Date(iso), true);

function description(session: Session): string {
  const speakers = session.speakers.length ? `\n\n${session.speakers.join(', ')}` : '';
  const reason = session.status === 'cancelled' && session.cancelReason ? `\n\n${session.cancelReason}` : '';
  return `${session.abstract}${speakers}${reason}`.replace(/\r\n?/g, '\n').trim();
}

function calendarEvent(session: Session, source: CalendarSource, event: EventInfo, stamp: ICAL.Time): ICAL.Component {
  const room = (Object.hasOwn(source.rooms, session.roomId) ? source.rooms[session.roomId]?.name : undefined) ?? session.roomId;
  const vevent = new ICAL.Component('vevent');
  // Stable per session and event, so a calendar updates the entry on a second import.
  vevent.addPropertyWithValue('uid', `${session.id}@${event.id}.ortstermin`);
  vevent.addPropertyWithValue('summary', session.title);
  vevent.addPropertyWithValue('dtstamp', stamp);
  vevent.addPropertyWithValue('dtstart', utc(session.startsAt));
  vevent.addPropertyWithValue('dtend', utc(session.endsAt));
  // Grows with every live change, so calendar apps take the newer version.
  vevent.addPropertyWithValue('sequence', session.changedAtSeq ?? 0);
  const about = description(session);
  if (about) vevent.addPropertyWithValue('description', about);
  vevent.addPropertyWithValue('location', [room, event.venue, event.address].filter(Boolean).join(', '));
  vevent.addPropertyWithValue('status', session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
  vevent.addPropertyWithValue('categories', session.kind);
  return vevent;
}

/**
 * An iCalendar file of the programme, or of the given sessions only (an attendee's bookmarks),
 * written by ical.js (RFC 5545 escaping, folding at 75 octets). Times are in UTC, so every
 * calendar shows them right in its own zone, across DST too. Free of Node APIs: the client
 * builds the bookmark export with it offline; the server builds big ones in the import worker.
 */
export function buildIcs(source: CalendarSource, sessionIds?: readonly string[]): IcsResult {
  const event = source.event;
  if (!event) return { ok: false, error: 'no event loaded' };
  const wanted = sessionIds ? new Set(sessionIds) : null;
  const sessions = sortSessions(Object.values(source.sessions).filter((session) => !wanted || wanted.has(session.id)));
  if (sessions.length === 0) return { ok: false, error: 'no sessions to export' };
  const calendar = new ICAL.Component('vcalendar');
  for (const [name, value] of [['version', '2.0'], ['calscale', 'GREGORIAN'], ['prodid', 'ortstermin'], ['method', 'PUBLISH']]) {
    calendar.addPropertyWithValue(name!, value!);
  }
  calendar.addPropertyWithValue('x-wr-calname', event.name);
  calendar.addPropertyWithValue('x-published-ttl', 'PT1H');
  const stamp = utc(new Date().toISOString());
  for (const session of sessions) calendar.addSubcomponent(calendarEvent(session, source, event, stamp));
  return { ok: true, ics: `${calendar.toString()}\r\n` };
}
