import { createEvents, type EventAttributes } from 'ics';
import type { EventInfo, Room, Session } from './model.js';
import { sortSessions } from './sessions.js';

/** What the builder needs; PublicState fits, and so does a client's cached snapshot. */
export interface CalendarSource {
  event: EventInfo | null;
  rooms: Readonly<Record<string, Room>>;
  sessions: Readonly<Record<string, Session>>;
}

export type IcsResult = { ok: true; ics: string } | { ok: false; error: string };

function description(session: Session): string {
  const speakers = session.speakers.length ? `\n\n${session.speakers.join(', ')}` : '';
  const reason = session.status === 'cancelled' && session.cancelReason ? `\n\n${session.cancelReason}` : '';
  return `${session.abstract}${speakers}${reason}`.trim();
}

function calendarEvent(session: Session, source: CalendarSource, event: EventInfo): EventAttributes {
  const room = (Object.hasOwn(source.rooms, session.roomId) ? source.rooms[session.roomId]?.name : undefined) ?? session.roomId;
  return {
    // Stable per session and event, so a calendar updates the entry on a second import.
    uid: `${session.id}@${event.id}.ortstermin`,
    // Grows with every live change, so calendar apps take the newer version.
    sequence: session.changedAtSeq ?? 0,
    start: Date.parse(session.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(session.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: session.title,
    description: description(session),
    location: [room, event.venue, event.address].filter(Boolean).join(', '),
    status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    categories: [session.kind],
  };
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
  const { error, value } = createEvents(
    sessions.map((session) => calendarEvent(session, source, event)),
    { productId: 'ortstermin', calName: event.name },
  );
  if (error || !value) return { ok: false, error: error?.message ?? 'the calendar could not be built' };
  return { ok: true, ics: value };
}
