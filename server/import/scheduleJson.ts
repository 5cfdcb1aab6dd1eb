import { z } from 'zod';
import type { RejectedRow } from '../../shared/importReport.js';
import { conferenceZone, eventRow, missingOrWrong, type FrabEventFields } from './frabEvent.js';
import { jsonLines, jsonPath, parseJsonText, type JsonPathPart } from './jsonText.js';
import { optionalText, personSchema } from './jsonFields.js';
import { readScheduleV2, scheduleV2Shape } from './scheduleV2.js';
import { fileError, rejectRow, unknownFormat, type ParseOptions, type ParseOutcome, type RowPlace, type SourceSession } from './sourceModel.js';
import { isDate, type TimeReading } from './sourceTimes.js';

const requiredText = z.string({ error: missingOrWrong('text') });

const eventSchema = z
  .looseObject({
    guid: z.string().optional(),
    id: z.union([z.string(), z.number()]).optional(),
    date: z.string().optional(),
    start: requiredText,
    duration: requiredText,
    room: optionalText,
    title: requiredText,
    type: optionalText,
    abstract: optionalText,
    description: optionalText,
    persons: z.array(personSchema).default([]),
    state: z.string().optional(),
    status: z.string().optional(),
  })
  .transform((e): FrabEventFields => ({
    ...e,
    id: e.id === undefined ? undefined : String(e.id),
    persons: e.persons.map((p) => (p.public_name ?? p.full_public_name ?? p.name ?? '').trim()).filter(Boolean),
    state: e.state ?? e.status ?? '',
  }));

const daySchema = z.object({
  date: z.string().refine(isDate, 'not a date (YYYY-MM-DD)'),
  day_start: z.string().optional(),
  rooms: z.record(z.string(), z.array(z.unknown())).default({}),
});

const documentSchema = z.object({
  schedule: z.object({
    conference: z.object({
      acronym: z.string().optional(),
      title: requiredText,
      time_zone_name: z.string().optional(),
      rooms: z.array(z.object({ name: requiredText, guid: z.string().optional() })).optional(),
      days: z.array(z.unknown(), { error: missingOrWrong('a list of days') }),
    }),
  }, { error: 'missing "schedule"' }),
});

interface Reading {
  lineOf: (path: readonly JsonPathPart[]) => number | null;
  zone: string;
  reading?: TimeReading;
  sessions: SourceSession[];
  rejected: RejectedRow[];
  listedRooms: Set<string>;
}

interface EventSlot {
  day: z.infer<typeof daySchema>;
  roomName: string;
  path: JsonPathPart[];
}

function readEvent(read: Reading, raw: unknown, { day, roomName, path }: EventSlot): void {
  const guid = z.object({ guid: z.string() }).safeParse(raw);
  const place: RowPlace = { line: read.lineOf(path), path: jsonPath(path), idField: 'guid', ...(guid.success ? { sourceId: guid.data.guid } : {}) };
  const event = eventSchema.safeParse(raw);
  if (!event.success) {
    read.rejected.push(...event.error.issues.map((issue) => rejectRow(place, jsonPath(issue.path) || 'event', issue.message)));
    return;
  }
  const row = eventRow(event.data, { place, dayDate: day.date, dayStart: day.day_start, zone: read.zone, reading: read.reading, roomName });
  if ('session' in row) read.sessions.push(row.session);
  else read.rejected.push(row.rejected);
}

function readDay(read: Reading, raw: unknown, index: number): void {
  const base = ['schedule', 'conference', 'days', index];
  const day = daySchema.safeParse(raw);
  if (!day.success) {
    const place: RowPlace = { line: read.lineOf(base), path: jsonPath(base), idField: 'date' };
    read.rejected.push(...day.error.issues.map((issue) => rejectRow(place, jsonPath(issue.path), issue.message)));
    return;
  }
  for (const [roomName, events] of Object.entries(day.data.rooms)) {
    read.listedRooms.add(roomName.trim());
    events.forEach((raw, i) => readEvent(read, raw, { day: day.data, roomName, path: [...base, 'rooms', roomName, i] }));
  }
}

/** The C3VOC schedule.json that frab and pretalx publish: conference.days[].rooms{name: events}. */
export function parseScheduleJson(content: string, options: ParseOptions): ParseOutcome {
  const json = parseJsonText(content);
  if (!json.ok) return { ok: false, issues: [json.issue] };
  if (scheduleV2Shape.safeParse(json.value).success) return readScheduleV2(content, json.value, options);
  const document = documentSchema.safeParse(json.value);
  if (!document.success) {
    const issue = document.error.issues[0];
    return unknownFormat(issue ? jsonPath(issue.path) || 'schedule' : 'schedule', `not a schedule.json: ${issue?.message ?? 'no "schedule"'}`);
  }
  const { conference } = document.data.schedule;
  const zone = conferenceZone(conference.time_zone_name, options.timeZone);
  if (!zone.ok) return fileError('schedule.conference.time_zone_name', zone.message);
  const read: Reading = { lineOf: jsonLines(content), zone: zone.zone, reading: options.timeReading, sessions: [], rejected: [], listedRooms: new Set() };
  conference.days.forEach((raw, index) => readDay(read, raw, index));
  // The conference's room list is the authority where there is one: an event elsewhere is in an unknown room.
  const rooms = conference.rooms?.map((r) => ({ name: r.name.trim(), ...(r.guid ? { guid: r.guid } : {}) }))
    ?? [...read.listedRooms].map((name) => ({ name }));
  return {
    ok: true,
    source: {
      format: 'schedule-json',
      event: { acronym: conference.acronym, title: conference.title, timeZone: zone.zone },
      rooms,
      sessions: read.sessions,
      rejected: read.rejected,
    },
  };
}
