import { z } from 'zod';
import type { RejectedRow } from '../../shared/importReport.js';
import { isTimeZone } from '../../shared/timeZones.js';
import { addMinutes, durationMinutes, frabStart, type TimeReading } from './sourceTimes.js';
import { rejectRow, type RowPlace, type SourceSession } from './sourceModel.js';

/** zod error text: "missing" for an absent field, else what it should have been. */
export const missingOrWrong = (expected: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'missing' : `must be ${expected}`;

/** An XML text element: a string, or an object with `#text` when the element has attributes. */
export const text = z
  .union([z.string(), z.number(), z.looseObject({ '#text': z.union([z.string(), z.number()]).optional() })], {
    error: missingOrWrong('text'),
  })
  .transform((value) => (typeof value === 'object' ? String(value['#text'] ?? '') : String(value)));

/** The fields frab XML and schedule.json events share, once read. */
export interface FrabEventFields {
  guid?: string;
  id?: string;
  date?: string;
  start: string;
  duration: string;
  room: string;
  title: string;
  type: string;
  abstract: string;
  description: string;
  persons: string[];
  state: string;
}

const persons = z
  .union([z.literal(''), z.object({ person: z.array(text).default([]) })], { error: missingOrWrong('<person> elements') })
  .transform((value) => (value === '' ? [] : value.person.map((name) => name.trim()).filter(Boolean)));

export const frabEventSchema = z
  .object({
    '@_guid': z.string().optional(),
    '@_id': z.string().optional(),
    date: text.optional(),
    start: text,
    duration: text,
    room: text.default(''),
    title: text,
    type: text.default(''),
    abstract: text.default(''),
    description: text.default(''),
    persons: persons.default([]),
    state: text.optional(),
    status: text.optional(),
  })
  .transform(({ '@_guid': guid, '@_id': id, state, status, ...fields }): FrabEventFields => ({
    ...fields,
    guid,
    id,
    state: state ?? status ?? '',
  }));

/** Rejected rows from a failed parse, one per field, with XML attribute names as written. */
export function zodRejections(place: RowPlace, error: z.ZodError): RejectedRow[] {
  return error.issues.map((issue) => {
    const field = issue.path.map((part) => String(part).replace(/^@_/, '')).join('.') || 'event';
    return rejectRow(place, field, issue.message);
  });
}

export function conferenceZone(name: string | undefined, fallback: string): { ok: true; zone: string } | { ok: false; message: string } {
  const zone = name?.trim() || fallback;
  return isTimeZone(zone) ? { ok: true, zone } : { ok: false, message: `unknown time zone "${zone}"` };
}

interface EventContext {
  place: RowPlace;
  dayDate: string;
  /** The day's start (HH:MM or an instant): earlier starts belong to the next calendar date. */
  dayStart?: string;
  zone: string;
  reading?: TimeReading;
  /** The room the event is listed under, used when the event names none. */
  roomName?: string;
}

/** One frab event as a source session, or the reason it cannot be one. */
export function eventRow(fields: FrabEventFields, context: EventContext): { session: SourceSession } | { rejected: RejectedRow } {
  const sourceId = (fields.guid || fields.id || '').trim();
  const place: RowPlace = { ...context.place, idField: fields.guid ? 'guid' : 'id', ...(sourceId ? { sourceId } : {}) };
  const refuse = (field: string, message: string) => ({ rejected: rejectRow(place, field, message) });
  if (!sourceId) return refuse('guid', 'missing: every event needs a guid or an id');
  const { dayDate, dayStart, zone, reading } = context;
  const start = frabStart({ date: fields.date, start: fields.start, dayDate, dayStart, zone, reading });
  if (!start.ok) return refuse(start.field, start.message);
  const minutes = durationMinutes(fields.duration);
  if (minutes === null || minutes <= 0) return refuse('duration', `"${fields.duration}" is not a duration (HH:MM, more than 0)`);
  const room = fields.room.trim() || context.roomName?.trim() || '';
  if (!room) return refuse('room', 'missing');
  return {
    session: {
      place,
      sourceId,
      title: fields.title,
      startsAt: start.iso,
      endsAt: addMinutes(start.iso, minutes),
      room,
      speakers: fields.persons,
      abstract: fields.abstract.trim() || fields.description,
      type: fields.type,
      state: fields.state,
      ...(start.disagreement ? { disagreement: start.disagreement } : {}),
    },
  };
}
