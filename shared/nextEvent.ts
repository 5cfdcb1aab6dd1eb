import { z } from 'zod';
import type { Programme, Room, Session, Stand } from './model.js';
import type { PublicState } from './publicState.js';
import type { FloorPlan } from './standsImport.js';
import { userText } from './text.js';
import { localDate, zoneOffsetMinutes, zonedInstant } from './time.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD').refine(isCalendarDay, 'no such date');

/** 2026-11-31 and 2026-13-01 match the pattern but name no day. */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What the organizer asks for with "Nächster Termin": the new first day and venue, and what to copy. */
export const nextEventRequestSchema = z.object({
  /** The event to copy from (its series id). */
  from: z.string().min(1).max(64),
  firstDay: day,
  venue: userText(200, { required: false }).optional(),
  city: userText(100, { required: false }).optional(),
  address: userText(200, { required: false }).optional(),
  copy: z.object({ rooms: z.boolean(), floorPlan: z.boolean(), stands: z.boolean(), programme: z.boolean() }),
  /** Only the summary of what would be created; nothing is. */
  preview: z.boolean().default(false),
});
export type NextEventRequest = z.infer<typeof nextEventRequestSchema>;

/** What will be (or was) created, shown before the organizer confirms. */
export const nextEventSummarySchema = z.object({
  slug: z.string(),
  name: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  venue: z.string(),
  rooms: z.number().int(),
  sessions: z.number().int(),
  stands: z.number().int(),
  floorPlan: z.boolean(),
});
export type NextEventSummary = z.infer<typeof nextEventSummarySchema>;

export interface NextEventContent {
  programme: Programme;
  /** The stands and the floor plan, when either is copied. */
  stands: { stands: Stand[]; floorPlan: FloorPlan } | null;
}

const dayMs = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** The same wall-clock time `days` later in the zone: 09:00 stays 09:00 across a change of the clocks. */
export function shiftWallClock(instant: string, days: number, timeZone: string): string {
  const local = new Date(Date.parse(instant) + zoneOffsetMinutes(new Date(instant), timeZone) * 60_000).toISOString();
  return zonedInstant(addDays(local.slice(0, 10), days), local.slice(11, 16), timeZone);
}

/** Why the request cannot be made from this event (copying sessions or stands needs their rooms). */
export function nextEventIssues(source: PublicState, request: NextEventRequest): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (!source.event) issues.push({ path: 'from', message: 'the event has no programme to copy' });
  if ((request.copy.programme || request.copy.stands) && !request.copy.rooms) {
    issues.push({ path: 'copy.rooms', message: 'sessions and stands stand in rooms: copy the rooms too' });
  }
  return issues;
}

/** The new event's programme and stands, made from `source` as the request says (check `nextEventIssues` first). */
export function nextEventContent(source: PublicState, request: NextEventRequest): NextEventContent {
  const event = source.event!;
  const zone = event.timeZone;
  const days = Math.round((Date.parse(`${request.firstDay}T00:00:00Z`) - Date.parse(`${localDate(new Date(event.startsAt), zone)}T00:00:00Z`)) / dayMs);
  const shift = (instant: string) => shiftWallClock(instant, days, zone);
  const rooms: Room[] = request.copy.rooms ? Object.values(source.rooms) : [];
  const sessions: Session[] = request.copy.programme
    ? Object.values(source.sessions)
        .filter((session) => session.status === 'scheduled')
        .map(({ original: _original, changedAtSeq: _changed, cancelReason: _reason, ...session }) => ({ ...session, startsAt: shift(session.startsAt), endsAt: shift(session.endsAt) }))
    : [];
  const programme: Programme = {
    event: {
      ...event,
      id: `${event.id.slice(0, 52)}-${request.firstDay.replaceAll('-', '')}`,
      startsAt: shift(event.startsAt),
      endsAt: shift(event.endsAt),
      ...(request.venue ? { venue: request.venue } : {}),
      ...(request.city ? { city: request.city } : {}),
      ...(request.address ? { address: request.address } : {}),
    },
    rooms,
    sessions,
    stands: [],
  };
  return { programme, stands: standsPart(source, request) };
}

function standsPart(source: PublicState, request: NextEventRequest): NextEventContent['stands'] {
  if (!request.copy.stands && !request.copy.floorPlan) return null;
  const stands = request.copy.stands ? Object.values(source.stands) : [];
  const plan = request.copy.floorPlan ? source.floorPlan : null;
  if (!plan && stands.length === 0) return null;
  const kept = new Set(stands.map((stand) => stand.id));
  const floorPlan: FloorPlan = plan
    ? { ...plan, places: plan.places.filter((place) => place.kind === 'room' || kept.has(place.refId)) }
    : { viewBox: { x: 0, y: 0, width: 100, height: 100 }, title: source.event?.venue || 'Lageplan', places: [] };
  return { stands, floorPlan: request.copy.floorPlan ? floorPlan : { ...floorPlan, places: [] } };
}

export function summaryOf(content: NextEventContent, slug: string): NextEventSummary {
  const { event } = content.programme;
  return {
    slug,
    name: event.name,
    firstDay: localDate(new Date(event.startsAt), event.timeZone),
    lastDay: localDate(new Date(event.endsAt), event.timeZone),
    venue: event.venue,
    rooms: content.programme.rooms.length,
    sessions: content.programme.sessions.length,
    stands: content.stands?.stands.length ?? 0,
    floorPlan: (content.stands?.floorPlan.places.length ?? 0) > 0,
  };
}
