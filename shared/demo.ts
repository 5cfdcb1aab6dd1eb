import type { EventInfo } from './model.js';

/**
 * The demo event's id (server/demo/demoEvent.json). It marks the event as the demo: "remove the
 * demo" is offered and accepted only while the event still has it. A next event made from the demo
 * gets another id (shared/nextEvent.ts), so it is never taken for the demo.
 */
export const demoEventId = 'digitale-staedte-rlp';

/** The label of the moderator code made with the demo; removing the demo revokes it. */
export const demoModeratorLabel = 'Moderation (Demo)';

/** The label of the first organizer code, made once per database. */
export const firstOrganizerLabel = 'Organisation (erster Start)';

/** The name an empty event starts with, until the organizer sets its own. */
export const neutralEventName = 'Neue Veranstaltung';

/**
 * An event with nothing of the demo: a neutral name, no venue, the days and zone given. Used for a
 * start without the demo and for what "remove the demo" leaves.
 */
export function neutralEvent(days: Pick<EventInfo, 'timeZone' | 'startsAt' | 'endsAt'>): EventInfo {
  return { id: 'veranstaltung', name: neutralEventName, venue: '', city: '', timeZone: days.timeZone, startsAt: days.startsAt, endsAt: days.endsAt };
}
